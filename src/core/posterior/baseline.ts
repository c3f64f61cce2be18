// The baseline per draw (everything but paid media: intercept, trend, seasonality, controls), original KPI units.
import type { ModelJson } from '../fit/model-json';
import { forwardModel } from '../model/forward';
import { posteriorContext } from './context';
import { drawRecords, type DrawOptions } from './draws';

/** baseline[draw][t] in original KPI units. */
export function baselineDraws(model: ModelJson, opts: DrawOptions = {}): Float64Array[] {
  const ctx = posteriorContext(model);
  return drawRecords(model, opts).map((values) =>
    Float64Array.from(forwardModel(ctx.spec, ctx.scaled, values).baseline, (v) => v * ctx.kpiScale),
  );
}
