// The non-media part of the KPI projected over the horizon, per draw, in original units.
// Choice: the fitted baseline (intercept + trend + seasonality + controls) averaged over the last
// H periods of history, times H. It does not depend on the plan, so it shifts the KPI
// distributions (and the risk objectives, which act on total KPI) but not the uplift. A flexible (random-walk)
// baseline is part of it, at its fitted values (held at the last fitted period's value on held-out rows).
import type { ModelJson } from '../fit/model-json';
import { baselineAt, controlValue, flexKnots, fourierNames, hasFlex, parameterEntries, type BaselineCoefs } from '../model';
import { holdoutPeriods } from '../fit/holdout';
import { optionalDraws, paramDraws } from './draws';
import { ownValue } from '../data/records';

export function projectedBaseline(model: ModelJson, idx: number[], horizon: number): Float64Array {
  const { spec, data, scaling } = model;
  const n = data.kpi.length;
  const from = Math.max(0, n - horizon);
  const rows = n - from;
  const nd = idx.length;
  // the model's view of the data: controls scaled as in the fit, the trend over the fitted rows
  const z = spec.controls.map((k) => {
    const col = ownValue(data.controls, k);
    if (!col) throw new Error(`model.json data lacks control "${k}"`);
    const sc = ownValue(scaling.controls, k) ?? { center: 0, scale: 1 };
    return Float64Array.from(col, (v) => controlValue(v, sc));
  });
  const intercept = paramDraws(model, 'intercept', idx);
  const trend = spec.trend ? optionalDraws(model, 'trend', idx) : new Float64Array(nd);
  const controls = spec.controls.map((k) => paramDraws(model, `gamma_control[${k}]`, idx));
  const fourier = fourierNames(spec.yearly).map((f) => paramDraws(model, `gamma_fourier[${f}]`, idx));
  // trend and knot grid over the fitted rows (a holdout's rows extrapolate, as in the posterior pass)
  const nFit = n - holdoutPeriods(model);
  const span = nFit - 1;
  const flexNames = hasFlex(spec) ? parameterEntries(spec, nFit).map((e) => e.name).filter((name) => name.startsWith('baseline_')) : [];
  const flexDraws = flexNames.map((name) => paramDraws(model, name, idx));
  const flexValues: Record<string, number> = {};
  const coefs: BaselineCoefs = {
    intercept: 0, trend: 0, controls: new Float64Array(controls.length), fourier: new Float64Array(fourier.length), yearly: spec.yearly,
  };
  // mean over the rows used, times H, in KPI units
  const k = (horizon / rows) * scaling.kpi;
  const out = new Float64Array(nd);
  for (let d = 0; d < nd; d++) {
    coefs.intercept = intercept[d];
    coefs.trend = trend[d];
    controls.forEach((g, i) => { coefs.controls[i] = g[d]; });
    fourier.forEach((g, i) => { coefs.fourier[i] = g[d]; });
    if (flexNames.length) {
      flexNames.forEach((name, i) => { flexValues[name] = flexDraws[i][d]; });
      coefs.flex = flexKnots(spec, flexValues, span);
    }
    let sum = 0;
    for (let t = from; t < n; t++) sum += baselineAt(coefs, z, data.dayOfYear, span, t);
    out[d] = sum * k;
  }
  return out;
}
