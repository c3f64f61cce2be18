// The model's verdict in words, with its reasons: "ready to plan", "plan with care: ...", "do not plan on this model: ...".
// One home for these words (the CLI summary, the Fit page and the report print them); the thresholds are in
// core/diagnostics/thresholds, the sampler's own words in core/diagnostics/verdicts.
import {
  DIVERGENCE_SHARE_STOP, HOLDOUT_R2_MIN, PARETO_K_BAD, RESIDUAL_ACF_WARN, ROI_CONTRACTION_MIN,
} from '../diagnostics/thresholds';
import type { ModelCriticism } from './criticism';
import type { PitShape } from './loo-pit';

export type VerdictLevel = 'ready' | 'care' | 'stop';

export interface Verdict {
  level: VerdictLevel;
  /** "ready to plan", "plan with care" or "do not plan on this model". */
  headline: string;
  /** Why, worst first (empty when ready). */
  reasons: string[];
  /** The headline and its reasons as one sentence. */
  text: string;
}

export const VERDICT_HEADLINES: Record<VerdictLevel, string> = {
  ready: 'ready to plan',
  care: 'plan with care',
  stop: 'do not plan on this model',
};

const PIT_WORDS: Record<Exclude<PitShape, 'calibrated'>, string> = {
  'too narrow': 'the predictive intervals are too narrow (more periods in their tails than they allow): the stated uncertainty is too small',
  'too wide': 'the predictive intervals are too wide (fewer periods in their tails than they allow)',
  'predicts too high': 'the model predicts too high for most periods it has not seen',
  'predicts too low': 'the model predicts too low for most periods it has not seen',
};

/** The part of a sampler finding before its explanation ("3 divergent transitions", "R-hat 1.08 > 1.01 (sigma)"). */
function short(text: string): string {
  const i = text.indexOf(': ');
  return (i > 0 ? text.slice(0, i) : text).replace(/\.$/, '');
}

const f2 = (x: number) => x.toFixed(2);

export function modelVerdict(c: Omit<ModelCriticism, 'verdict'>): Verdict {
  const stop: string[] = [];
  const care: string[] = [];
  for (const f of c.sampler) {
    // A few divergences leave most of the posterior explored: care, not a stop.
    const few = f.kind === 'divergences' && !(c.divergenceShare > DIVERGENCE_SHARE_STOP);
    if (f.level === 'bad' && !few) stop.push(`sampler: ${short(f.text)}`);
    else if (f.level !== 'ok') care.push(`sampler: ${short(f.text)}`);
  }
  const { k, n } = c.loo;
  const badK = k.bad + k.veryBad;
  if (c.loo.elpd_loo === undefined) {
    stop.push(`Pareto k > ${PARETO_K_BAD} for ${badK} of ${n} periods: leaving one period out moves the posterior too much to estimate how well the model predicts, so elpd_loo is not reported (the model is misspecified or too flexible for the data)`);
  } else if (badK > 0) {
    const which = c.loo.badPeriods.slice(0, 3).join(', ') + (c.loo.badPeriods.length > 3 ? ', …' : '');
    care.push(`Pareto k > ${PARETO_K_BAD} for ${badK} of ${n} periods${which ? ` (${which})` : ''}: ${badK === 1 ? 'that period is an outlier or highly influential' : 'those periods are outliers or highly influential'}, and elpd_loo is optimistic`);
  }
  if (c.holdout && c.holdout.atMean.r2 < HOLDOUT_R2_MIN) {
    stop.push(`out-of-sample R² ${f2(c.holdout.atMean.r2)} on the ${c.holdout.periods} held-out periods: it predicts them worse than their own mean`);
  }
  if (c.calibration.shape !== 'calibrated') {
    care.push(`${PIT_WORDS[c.calibration.shape]} (LOO-PIT distance from uniform ${f2(c.calibration.ks)} > ${f2(c.calibration.ksCritical)})`);
  }
  const { acf, band } = c.residualAcf;
  const lags = acf.map((r, i) => [i + 1, r] as const).filter(([, r]) => Math.abs(r) > Math.max(RESIDUAL_ACF_WARN, band));
  if (lags.length) {
    care.push(`residuals are autocorrelated (${lags.map(([l, r]) => `lag ${l}: ${f2(r)}`).join(', ')}): the model leaves structure unexplained (a missing driver or too stiff a baseline), so its intervals are too narrow`);
  }
  const fromPrior = Object.entries(c.contraction).filter(([, v]) => Number.isFinite(v.contraction) && v.contraction < ROI_CONTRACTION_MIN);
  if (fromPrior.length) {
    care.push(`${fromPrior.map(([name, v]) => `${name} (contraction ${f2(v.contraction)})`).join(', ')}: ROI learned mostly from the prior, not the data, so a plan that moves ${fromPrior.length === 1 ? 'its' : 'their'} spend rests on the prior`);
  }
  const level: VerdictLevel = stop.length ? 'stop' : care.length ? 'care' : 'ready';
  const reasons = [...stop, ...care];
  const headline = VERDICT_HEADLINES[level];
  return { level, headline, reasons, text: reasons.length ? `${headline}: ${reasons.join('; ')}.` : `${headline}.` };
}
