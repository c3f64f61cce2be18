// The non-media part of the KPI projected over the horizon, per draw, in original units.
// Choice: the fitted baseline (intercept + trend + seasonality + controls) averaged over the last
// H periods of history, times H. It does not depend on the plan, so it shifts the KPI
// distributions (and the risk objectives, which act on total KPI) but not the uplift.
import type { ModelJson } from '../fit/model-json';
import { fourierNames } from '../model/params';
import { optionalDraws, paramDraws } from './draws';

export function projectedBaseline(model: ModelJson, idx: number[], horizon: number): Float64Array {
  const { spec, data, scaling } = model;
  const n = data.kpi.length;
  const from = Math.max(0, n - horizon);
  const rows = n - from;
  const nd = idx.length;
  const out = paramDraws(model, 'intercept', idx).map((v) => v * rows);
  const add = (coef: Float64Array, covSum: number) => { for (let d = 0; d < nd; d++) out[d] += coef[d] * covSum; };
  const sumOver = (f: (t: number) => number) => { let s = 0; for (let t = from; t < n; t++) s += f(t); return s; };
  if (spec.trend) add(optionalDraws(model, 'trend', idx), sumOver((t) => (n > 1 ? t / (n - 1) : 0)));
  for (const k of spec.controls) {
    const col = data.controls[k];
    const sc = scaling.controls[k] ?? { center: 0, scale: 1 };
    if (!col) throw new Error(`model.json data lacks control "${k}"`);
    add(paramDraws(model, `gamma_control[${k}]`, idx), sumOver((t) => (col[t] - sc.center) / sc.scale));
  }
  const f = fourierNames(spec.yearly);
  for (let k = 1; k <= spec.yearly; k++) {
    const ang = (t: number) => (2 * Math.PI * k * data.dayOfYear[t]) / 365.25;
    add(paramDraws(model, `gamma_fourier[${f[2 * k - 2]}]`, idx), sumOver((t) => Math.sin(ang(t))));
    add(paramDraws(model, `gamma_fourier[${f[2 * k - 1]}]`, idx), sumOver((t) => Math.cos(ang(t))));
  }
  // mean over the rows used, times H, in KPI units
  const k = (horizon / rows) * scaling.kpi;
  for (let d = 0; d < nd; d++) out[d] *= k;
  return out;
}
