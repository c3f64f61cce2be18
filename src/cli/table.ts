// Plain-text summary of a model.json: parameters (mean, sd, 3%, 97%, R-hat, ESS), channels (ROI, mROI), diagnostics and timing.
import type { ModelJson } from '../core/fit';
import { problemFindings, runFindings } from '../core/diagnostics';
import { timingLines } from './timing';
import { criticismLines } from './criticism';

/** Four significant digits, plain notation where it reads well. */
export function fmt(x: number | undefined): string {
  if (x === undefined || x === null || Number.isNaN(x)) return 'NA';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e15) return x.toExponential(2);
  // Large figures (KPI totals, spend) grouped by thousands: 9,090,000 reads faster than 9.09e+6.
  if (a >= 1e4) return Number(x.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 0 });
  if (Number.isInteger(x)) return String(x);
  return Number(x.toPrecision(4)).toString();
}

function render(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // Names left-aligned, numbers right-aligned, as in R and ArviZ summaries.
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

export function parameterTable(model: ModelJson): string {
  const rows = Object.entries(model.summary.parameters).map(([name, p]) => [
    name, fmt(p.mean), fmt(p.sd), fmt(p.q03), fmt(p.q97),
    Number.isFinite(p.rhat) ? p.rhat.toFixed(3) : 'NA',
    Number.isFinite(p.ess_bulk) ? Math.round(p.ess_bulk).toString() : 'NA',
    Number.isFinite(p.ess_tail) ? Math.round(p.ess_tail).toString() : 'NA',
  ]);
  return render(['parameter', 'mean', 'sd', '3%', '97%', 'R-hat', 'ESS bulk', 'ESS tail'], rows);
}

export function channelTable(model: ModelJson): string {
  const rows = Object.entries(model.summary.channels).map(([name, c]) => [
    name,
    fmt(c.roi.mean), `[${fmt(c.roi.q03)}, ${fmt(c.roi.q97)}]`,
    fmt(c.mroi.mean), `[${fmt(c.mroi.q03)}, ${fmt(c.mroi.q97)}]`,
    fmt(c.contribution_total.mean), fmt(c.spend_total),
    c.contribution_share ? `${(c.contribution_share.mean * 100).toFixed(1)}%` : 'NA',
    c.spend_share !== undefined ? `${(c.spend_share * 100).toFixed(1)}%` : 'NA',
  ]);
  return render(['channel', 'ROI', 'ROI 94%', 'mROI', 'mROI 94%', 'contribution', 'spend', 'contrib %', 'spend %'], rows);
}

/** One row per synergy pair: eta (scaled) with its 94% interval, its contribution, and "x% better together". */
export function synergyTable(model: ModelJson): string | undefined {
  const syn = model.summary.synergy;
  if (!syn || Object.keys(syn).length === 0) return undefined;
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const rows = Object.entries(syn).map(([name, s]) => [
    name,
    fmt(s.eta.mean), `[${fmt(s.eta.q03)}, ${fmt(s.eta.q97)}]`,
    fmt(s.contribution_total.mean), `[${fmt(s.contribution_total.q03)}, ${fmt(s.contribution_total.q97)}]`,
    pct(s.lift.mean), `[${pct(s.lift.q03)}, ${pct(s.lift.q97)}]`,
  ]);
  return render(['pair', 'eta', 'eta 94%', 'contribution', 'contribution 94%', 'lift', 'lift 94%'], rows);
}

export function diagnosticsLine(model: ModelJson): string {
  const d = model.diagnostics;
  const f = model.fit;
  const parts = [
    `${f.chains} chains x (${f.warmup} warmup + ${f.draws} draws)${model.cancelled ? ' [cancelled: partial draws]' : ''}`,
    `max R-hat ${Number.isFinite(d.max_rhat) ? d.max_rhat.toFixed(3) : 'NA'}`,
    `min ESS bulk ${Number.isFinite(d.min_ess_bulk) ? Math.round(d.min_ess_bulk) : 'NA'}`,
    `min ESS tail ${Number.isFinite(d.min_ess_tail) ? Math.round(d.min_ess_tail) : 'NA'}`,
    `divergences ${d.divergences}`,
    `max treedepth hits ${d.treedepth_saturated}`,
    `E-BFMI ${d.ebfmi.map((e) => e.toFixed(2)).join(' ') || 'NA'}`,
    `${d.seconds.toFixed(1)} s`,
  ];
  return parts.join(' | ');
}

/** The Fit page's findings in words (core/diagnostics/verdicts), those that call for attention, one line each. */
export function warnings(model: ModelJson): string[] {
  const findings = runFindings(model.diagnostics, model.summary.parameters, model.fit, model.cancelled);
  return problemFindings(findings).map((f) => `warning: ${f.text}`);
}

type FitIntervals = NonNullable<ModelJson['summary']['fit']>;

function metricsText(m: FitIntervals): string {
  const iv = (i: { mean: number; q03: number; q97: number }, pct = false) =>
    pct ? `${(i.mean * 100).toFixed(1)}% [${(i.q03 * 100).toFixed(1)}, ${(i.q97 * 100).toFixed(1)}]` : `${i.mean.toFixed(3)} [${i.q03.toFixed(3)}, ${i.q97.toFixed(3)}]`;
  return `R^2 ${iv(m.r2)} | MAPE ${iv(m.mape, true)} | NRMSE ${iv(m.nrmse)}`;
}

export function fitLine(model: ModelJson): string | undefined {
  const m = model.summary.fit;
  if (!m) return undefined;
  return `fit: ${metricsText(m)}`;
}

/** Out-of-sample metrics on the held-out periods, when the model has a holdout. */
export function holdoutLine(model: ModelJson): string | undefined {
  const m = model.summary.fit_holdout;
  if (!m) return undefined;
  const h = model.holdout;
  const where = h ? `last ${h.periods} periods from ${h.start}` : 'held-out periods';
  return `out-of-sample (${where}, not fitted): ${metricsText(m)}`;
}

/** The summary; with `criticism`, the model criticism and verdict too (a pass over every draw: what `summary` and `fit` print). */
export function summaryText(model: ModelJson, opts: { criticism?: boolean } = {}): string {
  const out = [
    `model: ${model.spec.kpi} ~ ${model.spec.channels.map((c) => c.name).join(' + ')}` +
      ` (${model.spec.channels[0]?.adstock ?? ''} adstock, ${model.spec.channels[0]?.saturation ?? ''} saturation, ${model.spec.likelihood} likelihood)`,
    diagnosticsLine(model),
    '',
    'Parameters (scaled space: KPI / max |KPI|, spend / channel max)',
    parameterTable(model),
    '',
    'Channels (original units; ROI = KPI lost with the channel switched off / spend; mROI = extra KPI per extra unit at +1% spend)',
    channelTable(model),
  ];
  const syn = synergyTable(model);
  if (syn) {
    out.push('', 'Synergy (eta x sat_a x sat_b: eta scaled as the parameters; contribution in KPI units; lift = contribution / the pair\'s own contributions;'
      + ' each channel\'s ROI above counts its synergies)', syn);
  }
  const fl = fitLine(model);
  if (fl) out.push('', fl);
  const hl = holdoutLine(model);
  if (hl) out.push(...(fl ? [hl] : ['', hl]));
  if (opts.criticism) out.push('', ...criticismLines(model));
  const w = warnings(model);
  if (w.length) out.push('', ...w);
  const t = timingLines(model);
  if (t.length) out.push('', ...t);
  return out.join('\n');
}
