// The expected KPI per draw (the model's mean, no observation noise), original KPI units.
import type { ModelJson } from '../fit/model-json';
import type { PosteriorWindow } from './context';
import type { DrawOptions } from './draws';
import { matrixRows, posteriorPass } from './pass';

export interface MuOptions extends DrawOptions {
  /** 'all' (default): every row of model.data, a holdout included; 'fit': the rows the model was fitted on. */
  window?: PosteriorWindow;
}

/** mu[draw][t], the expected KPI (no observation noise), original KPI units. */
export function muDraws(model: ModelJson, opts: MuOptions = {}): Float64Array[] {
  const pass = posteriorPass(model, opts);
  return matrixRows(pass.mu, pass.n, pass.T, (opts.window ?? 'all') === 'all' ? pass.T : pass.nFit);
}

/** The expected KPI's total over the fitted window, per draw. */
export function muTotals(model: ModelJson, opts: DrawOptions = {}): Float64Array {
  return posteriorPass(model, opts).muTotal.slice();
}
