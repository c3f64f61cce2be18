// Convergence diagnostics in words: each threshold's verdict, what it means and what to do about it.
// The one source of the warnings both `marginal fit` (CLI summary) and the app's Fit page show.
import type { Diagnostics, ParameterSummary } from '../fit/model-json';
import type { FitConfig } from '../model/spec';
import { EBFMI_MIN, essTarget, MAX_DIVERGENCES, MAX_TREEDEPTH_HITS, RHAT_BAD, RHAT_WARN } from './thresholds';

export type Level = 'ok' | 'warn' | 'bad';

export interface Finding {
  level: Level;
  text: string;
  /** Which check, where a reader must tell it apart (the model verdict weighs divergences by their share). */
  kind?: 'divergences';
}

const f2 = (v: number) => v.toFixed(2);
// Floored, so 399.6 never reads as "400 < 400".
const f0 = (v: number) => Math.floor(v).toLocaleString('en-US');

/** R-hat within the threshold (false when undefined). */
export const rhatOk = (rhat: number): boolean => rhat <= RHAT_WARN;
/** A bulk or tail ESS large enough for this many chains. */
export const essOk = (ess: number, chains: number): boolean => !(ess < essTarget(chains));

/** The sampler's headline verdict: no divergences and the largest R-hat within the threshold (false when undefined). */
export function convergenceOk(d: Pick<Diagnostics, 'max_rhat' | 'divergences'>): boolean {
  return rhatOk(d.max_rhat) && !(d.divergences > MAX_DIVERGENCES);
}

/** The headline verdict in one sentence, as the report prints it. */
export function convergenceSentence(d: Pick<Diagnostics, 'max_rhat' | 'divergences'>): string {
  return convergenceOk(d)
    ? `The chains converged: no divergences and every R-hat at or below ${RHAT_WARN}.`
    : `Check before relying on these results: divergences or R-hat above ${RHAT_WARN}.`;
}

export function parameterLevel(p: ParameterSummary, chains: number): Level {
  if (!Number.isFinite(p.rhat) || p.rhat > RHAT_BAD) return 'bad';
  if (!rhatOk(p.rhat) || !essOk(p.ess_bulk, chains) || !essOk(p.ess_tail, chains)) return 'warn';
  return 'ok';
}

export function parameterFindings(name: string, p: ParameterSummary, chains: number): string[] {
  const out: string[] = [];
  const target = essTarget(chains);
  if (!Number.isFinite(p.rhat)) out.push(`${name}: R-hat could not be computed (too few draws or the parameter never moved)`);
  else if (p.rhat > RHAT_WARN) out.push(`${name}: R-hat ${p.rhat.toFixed(3)} > ${RHAT_WARN}: chains disagree; run longer (more warmup and draws)`);
  if (!essOk(p.ess_bulk, chains)) out.push(`${name}: bulk ESS ${f0(p.ess_bulk)} < ${target}: too few effective draws for a stable mean; draw more`);
  if (!essOk(p.ess_tail, chains)) out.push(`${name}: tail ESS ${f0(p.ess_tail)} < ${target}: the 3% and 97% quantiles are unreliable; draw more`);
  return out;
}

/** Run-level findings, worst first; a clean fit yields one reassuring line (level 'ok'). */
export function runFindings(d: Diagnostics, params: Record<string, ParameterSummary>, fit: FitConfig, cancelled?: boolean): Finding[] {
  const out: Finding[] = [];
  if (cancelled) out.push({ level: 'bad', text: 'The fit was cancelled: it holds fewer draws than asked for.' });
  const badRhat = Object.entries(params).filter(([, p]) => !rhatOk(p.rhat));
  if (badRhat.length) {
    const [worst, p] = badRhat.reduce((a, b) => ((b[1].rhat || Infinity) > (a[1].rhat || Infinity) ? b : a));
    out.push({
      level: p.rhat > RHAT_BAD || !Number.isFinite(p.rhat) ? 'bad' : 'warn',
      text: `R-hat ${Number.isFinite(p.rhat) ? p.rhat.toFixed(3) : 'undefined'} > ${RHAT_WARN} (${worst}${badRhat.length > 1 ? ` and ${badRhat.length - 1} more` : ''}): chains disagree; run longer.`,
    });
  }
  const target = essTarget(fit.chains);
  if (!essOk(d.min_ess_bulk, fit.chains)) out.push({ level: 'warn', text: `Smallest bulk ESS is ${f0(d.min_ess_bulk)} (< ${target}): some posterior means are noisy; draw more.` });
  if (!essOk(d.min_ess_tail, fit.chains)) out.push({ level: 'warn', text: `Smallest tail ESS is ${f0(d.min_ess_tail)} (< ${target}): some intervals are noisy; draw more.` });
  if (d.divergences > MAX_DIVERGENCES) {
    out.push({
      level: 'bad',
      kind: 'divergences',
      text: `${f0(d.divergences)} divergent transition${d.divergences === 1 ? '' : 's'}: the sampler could not follow the posterior's curvature, so results may be biased; raise target acceptance (e.g. ${Math.max(0.95, fit.targetAccept).toFixed(2)}) or tighten priors.`,
    });
  }
  if (d.treedepth_saturated > MAX_TREEDEPTH_HITS) {
    out.push({ level: 'warn', text: `${f0(d.treedepth_saturated)} iterations hit the maximum tree depth (${fit.maxDepth}): sampling was inefficient, not wrong; consider a higher max depth.` });
  }
  d.ebfmi.forEach((e, c) => {
    if (e < EBFMI_MIN) out.push({ level: 'warn', text: `E-BFMI ${f2(e)} < ${EBFMI_MIN} on chain ${c + 1}: energy mixes poorly (heavy tails or a funnel); consider stronger priors.` });
  });
  if (out.length === 0) out.push({ level: 'ok', text: `All R-hat ≤ ${RHAT_WARN}, every ESS ≥ ${target}, no divergences, E-BFMI ≥ ${EBFMI_MIN} on every chain: no sign of convergence problems.` });
  return out;
}

/** The findings that call for attention (everything but the all-clear line): what the CLI prints as warnings. */
export function problemFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.level !== 'ok');
}
