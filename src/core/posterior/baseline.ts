// The baseline per draw (everything but paid media: intercept, trend, seasonality, controls), original KPI units.
import type { ModelJson } from '../fit/model-json';
import type { DrawOptions } from './draws';
import { matrixRows, posteriorPass } from './pass';

/** baseline[draw][t] over the fitted window, original KPI units. */
export function baselineDraws(model: ModelJson, opts: DrawOptions = {}): Float64Array[] {
  const pass = posteriorPass(model, { ...opts, series: true });
  return matrixRows(pass.baseline, pass.n, pass.nFit);
}

/** The baseline's total over the fitted window, per draw. */
export function baselineTotals(model: ModelJson, opts: DrawOptions = {}): Float64Array {
  return posteriorPass(model, opts).baselineTotal.slice();
}
