// The report's tables (channels, fit, diagnostics, allocation) as escaped HTML strings.
import { EBFMI_MIN, RHAT_WARN, rhatOk } from '../../core/diagnostics';
import type { ModelJson } from '../../core/fit';
import type { Plan } from '../../core/optimizer';
import { fmtFixed, fmtNum, fmtPct, fmtRatio } from '../charts/format';
import { escapeHtml as e } from './escape';
import { ownValue } from '../../core/data';

type Iv = { mean: number; q03: number; q97: number };
const iv = (x: Iv | undefined, f: (v: number) => string) => (x ? `${f(x.mean)} <span class="ci">[${f(x.q03)}, ${f(x.q97)}]</span>` : '–');

function table(head: string[], rows: string[][], numFrom = 1): string {
  const th = head.map((h, i) => `<th${i >= numFrom ? ' class="num"' : ''}>${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${i >= numFrom ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function fitTable(model: ModelJson): string {
  const f = model.summary.fit;
  if (!f) return '<p class="muted">Fit metrics were not stored in this model.json.</p>';
  const r2 = (v: number) => v.toFixed(3);
  const o = model.summary.fit_holdout;
  if (!o) {
    return table(['Metric', 'Mean [3%, 97%]'], [
      ['R²', iv(f.r2, r2)],
      ['MAPE', iv(f.mape, fmtPct)],
      ['NRMSE', iv(f.nrmse, fmtPct)],
    ]);
  }
  // With a holdout: the fitted periods next to the held-out ones the sampler never saw.
  const held = model.holdout ? `last ${model.holdout.periods} periods, from ${model.holdout.start}` : 'held-out periods';
  return table(['Metric', 'Fitted periods: mean [3%, 97%]', `Out of sample (${held})`], [
    ['R²', iv(f.r2, r2), iv(o.r2, r2)],
    ['MAPE', iv(f.mape, fmtPct), iv(o.mape, fmtPct)],
    ['NRMSE', iv(f.nrmse, fmtPct), iv(o.nrmse, fmtPct)],
  ]);
}

export function channelTable(model: ModelJson): string {
  const chs = model.spec.channels.map((c) => c.name);
  const rows = chs.map((ch) => {
    const s = ownValue(model.summary.channels, ch);
    if (!s) return [e(ch), '–', '–', '–', '–', '–'];
    return [
      e(ch), fmtNum(s.spend_total), s.spend_share !== undefined ? fmtPct(s.spend_share) : '–',
      iv(s.contribution_total, fmtNum), iv(s.roi, fmtRatio), iv(s.mroi, fmtRatio),
    ];
  });
  return table(['Channel', 'Spend', 'Spend share', `Contribution to ${model.data.kpiName || model.spec.kpi}`, 'ROI', 'Marginal ROI'], rows);
}

export function diagnosticsTable(model: ModelJson): string {
  const d = model.diagnostics;
  const overall = table(['Check', 'Value'], [
    [`Max R-hat (want ≤ ${RHAT_WARN})`, d.max_rhat.toFixed(4)],
    ['Min bulk ESS', fmtFixed(d.min_ess_bulk, 0)],
    ['Min tail ESS', fmtFixed(d.min_ess_tail, 0)],
    ['Divergent transitions', String(d.divergences)],
    ['Max tree depth hit', String(d.treedepth_saturated)],
    [`E-BFMI per chain (want ≥ ${EBFMI_MIN})`, d.ebfmi.map((v) => v.toFixed(2)).join(', ')],
    ['Chains × draws', `${model.fit.chains} × ${model.fit.draws} (warmup ${model.fit.warmup})`],
    ['Sampling time', `${fmtFixed(d.seconds, 1)} s`],
  ]);
  const params = Object.entries(model.summary.parameters).map(([name, p]) => [
    e(name), fmtNum(p.mean), fmtNum(p.sd), fmtNum(p.q03), fmtNum(p.q97),
    `<span class="${rhatOk(p.rhat) ? '' : 'bad'}">${p.rhat.toFixed(3)}</span>`, fmtFixed(p.ess_bulk, 0), fmtFixed(p.ess_tail, 0),
  ]);
  return overall + '\n<h3>Parameters (scaled space)</h3>\n' + table(['Parameter', 'Mean', 'SD', '3%', '97%', 'R-hat', 'ESS bulk', 'ESS tail'], params);
}

export function allocationTable(plan: Plan): string {
  const rows = plan.channels.map((ch) => {
    const cur = plan.current[ch], rec = plan.allocation[ch];
    const change = cur > 0 ? fmtPct(rec / cur - 1) : '–';
    const m = ownValue(plan.mroi, ch);
    return [e(ch), fmtNum(cur), fmtNum(rec), change, m ? iv(m, fmtRatio) : '–'];
  });
  const sum = (r: Record<string, number>) => plan.channels.reduce((a, c) => a + (ownValue(r, c) ?? 0), 0);
  rows.push(['<b>Total per period</b>', fmtNum(sum(plan.current)), fmtNum(sum(plan.allocation)), '', '']);
  return table(['Channel', 'Current per period', 'Recommended per period', 'Change', 'Marginal ROI at plan'], rows);
}

export function planSummary(plan: Plan, kpiName: string): string {
  const u = plan.uplift;
  return `<ul class="facts">
<li>Objective: <b>${e(plan.objective)}</b> over ${plan.horizon} periods, budget ${fmtNum(plan.budget)} in total.</li>
<li>${e(kpiName)} over the horizon: current plan ${fmtNum(plan.kpi_current.mean)} [${fmtNum(plan.kpi_current.q03)}, ${fmtNum(plan.kpi_current.q97)}],
recommended ${fmtNum(plan.kpi_recommended.mean)} [${fmtNum(plan.kpi_recommended.q03)}, ${fmtNum(plan.kpi_recommended.q97)}].</li>
<li>Uplift ${fmtNum(u.mean)} [${fmtNum(u.q03)}, ${fmtNum(u.q97)}]; probability the recommended plan beats the current one: <b>${fmtPct(plan.p_uplift_positive)}</b>.</li>
${plan.message ? `<li>${e(plan.message)}</li>` : ''}
</ul>`;
}

export function specTable(model: ModelJson): string {
  const s = model.spec;
  const rows = s.channels.map((c) => [e(c.name), e(c.adstock), String(c.lmax), e(c.saturation)]);
  const facts = [
    `KPI <b>${e(s.kpi)}</b>, likelihood ${e(s.likelihood)}`,
    s.yearly > 0 ? `yearly seasonality of order ${s.yearly}` : 'no seasonality',
    s.trend ? 'linear trend' : 'no trend',
    s.controls.length ? `controls: ${s.controls.map(e).join(', ')}${s.standardizeControls ? ' (standardised)' : ''}` : 'no controls',
    Object.keys(s.priors).length ? `custom priors on ${Object.keys(s.priors).map(e).join(', ')}` : 'default priors',
    s.liftTests.length ? `${s.liftTests.length} lift test${s.liftTests.length > 1 ? 's' : ''}` : 'no lift tests',
  ];
  return `<p>${facts.join(' · ')}</p>\n` + table(['Channel', 'Adstock', 'Max lag', 'Saturation'], rows, 2);
}
