// The report's "Model checks" section: core/criticism's verdict with its reasons and the numbers behind it.
import type { ModelCriticism } from '../../core/criticism';
import { escapeHtml as e } from './escape';

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'NA');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const CLASS = { ready: 'ok', care: 'warn', stop: 'bad' } as const;

export function criticismBody(c: ModelCriticism): string {
  const v = c.verdict;
  const { loo } = c;
  const rows: Array<[string, string]> = [
    ['elpd_loo (PSIS-LOO)', loo.elpd_loo ? `${f1(loo.elpd_loo.estimate)} (SE ${f1(loo.elpd_loo.se)})` : 'not reported: too many Pareto k above 0.7'],
    ['p_loo (effective parameters)', loo.p_loo ? `${f1(loo.p_loo.estimate)} (SE ${f1(loo.p_loo.se)})` : '–'],
    ['Pareto k', `${loo.k.good} good (≤ 0.5), ${loo.k.ok} ok (≤ 0.7), ${loo.k.bad + loo.k.veryBad} bad of ${loo.n} periods; max ${f2(loo.k.max)}`],
    ['LOO-PIT calibration', `${c.calibration.shape}: ${pct(c.calibration.below05)} below 0.05, ${pct(c.calibration.above95)} above 0.95 (5% each when calibrated)`],
    ['Residual autocorrelation', c.residualAcf.acf.map((r, i) => `lag ${i + 1}: ${f2(r)}`).join(', ')],
    ['ROI contraction (1 − posterior var / prior var)', Object.entries(c.contraction).map(([n, x]) => `${n}: ${f2(x.contraction)}`).join(', ')],
  ];
  if (c.holdout) rows.push(['Held-out log predictive density', `${f1(c.holdout.lpd)} over ${c.holdout.periods} periods`]);
  return [
    `<p class="${CLASS[v.level]}"><strong>Verdict: ${e(v.headline)}${v.reasons.length ? ':' : '.'}</strong></p>`,
    v.reasons.length ? `<ul>${v.reasons.map((r) => `<li>${e(r)}</li>`).join('')}</ul>` : '',
    `<table><tbody>${rows.map(([k, x]) => `<tr><th>${e(k)}</th><td>${e(x)}</td></tr>`).join('')}</tbody></table>`,
    '<p class="muted">Leave-one-out cross-validation by Pareto smoothed importance sampling, with the definitions of the loo R package; log densities of the KPI in its own units.</p>',
  ].join('\n');
}
