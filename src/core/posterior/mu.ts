// The expected KPI per draw (the model's mean, no observation noise), original KPI units.
import type { ModelJson } from '../fit/model-json';
import { forwardModel } from '../model/forward';
import { posteriorContext, type PosteriorWindow } from './context';
import { drawRecords, type DrawOptions } from './draws';

export interface MuOptions extends DrawOptions {
  /** 'all' (default): every row of model.data, a holdout included; 'fit': the rows the model was fitted on. */
  window?: PosteriorWindow;
}

/** mu[draw][t], the expected KPI (no observation noise), original KPI units. */
export function muDraws(model: ModelJson, opts: MuOptions = {}): Float64Array[] {
  const ctx = posteriorContext(model, opts.window ?? 'all');
  return drawRecords(model, opts).map((values) =>
    Float64Array.from(forwardModel(ctx.spec, ctx.scaled, values).mu, (v) => v * ctx.kpiScale),
  );
}
