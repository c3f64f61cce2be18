// The model criticism and verdict as `marginal summary` (and `fit`) print them: core/criticism's numbers and words.
import type { ModelJson } from '../core/fit';
import { modelCriticism, type ModelCriticism } from '../core/criticism';
import { fmt } from './table';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'NA');

/** The criticism block: LOO, Pareto k, LOO-PIT, residual autocorrelation, ROI contraction, holdout density, verdict. */
export function criticismLines(model: ModelJson, given?: ModelCriticism): string[] {
  let c: ModelCriticism;
  try {
    c = given ?? modelCriticism(model);
  } catch (e) {
    return [`model criticism: not available (${(e as Error).message})`];
  }
  const { loo } = c;
  const est = (name: string, e: { estimate: number; se: number }) => `${name} ${e.estimate.toFixed(1)} (SE ${e.se.toFixed(1)})`;
  const out = [`Model criticism (PSIS-LOO over ${loo.n} fitted periods and ${loo.draws.toLocaleString('en-US')} draws, the loo package's definitions; log densities of the KPI in its own units)`];
  out.push(loo.elpd_loo && loo.p_loo && loo.looic
    ? [est('elpd_loo', loo.elpd_loo), est('p_loo', loo.p_loo), est('looic', loo.looic)].join(' | ')
    : 'elpd_loo: not reported (too many Pareto k above 0.7 for it to mean anything)');
  out.push(`Pareto k: ${loo.k.good} good (<= 0.5), ${loo.k.ok} ok (<= 0.7), ${loo.k.bad} bad (<= 1), ${loo.k.veryBad} very bad (> 1); max ${f2(loo.k.max)}`);
  const p = c.calibration;
  out.push(`LOO-PIT: ${p.shape} (distance from uniform ${f2(p.ks)}, 1% critical ${f2(p.ksCritical)}); ${pct(p.below05)} below 0.05 and ${pct(p.above95)} above 0.95 (5% each if calibrated), ${pct(p.inside50)} in [0.25, 0.75] (50%)`);
  out.push(`residual autocorrelation: ${c.residualAcf.acf.map((r, i) => `lag ${i + 1} ${f2(r)}`).join(', ')} (white noise within ±${f2(c.residualAcf.band)})`);
  out.push(`ROI contraction (1 - posterior var / prior var; near 0: learned from the prior only): ${Object.entries(c.contraction).map(([n, v]) => `${n} ${f2(v.contraction)}`).join(', ')}`);
  if (c.holdout) out.push(`out-of-sample: log predictive density ${fmt(c.holdout.lpd)} over ${c.holdout.periods} held-out periods (${fmt(c.holdout.lpd / c.holdout.periods)} per period), R² ${f2(c.holdout.atMean.r2)} at the posterior mean`);
  out.push(`verdict: ${c.verdict.headline}${c.verdict.reasons.length ? ':' : '.'}`);
  for (const r of c.verdict.reasons) out.push(`  - ${r}`);
  return out;
}
