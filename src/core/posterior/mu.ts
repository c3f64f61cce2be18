// The expected KPI per draw (the model's mean, no observation noise), original KPI units.
import type { ModelJson } from '../fit/model-json';
import { forwardModel } from '../model/forward';
import { posteriorContext } from './context';
import { drawRecords, type DrawOptions } from './draws';

/** mu[draw][t], the expected KPI (no observation noise), original KPI units. */
export function muDraws(model: ModelJson, opts: DrawOptions = {}): Float64Array[] {
  const ctx = posteriorContext(model);
  return drawRecords(model, opts).map((values) =>
    Float64Array.from(forwardModel(ctx.spec, ctx.scaled, values).mu, (v) => v * ctx.kpiScale),
  );
}
