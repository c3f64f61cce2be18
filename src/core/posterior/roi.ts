// ROI per draw: the fitted window's KPI lost when the channel's spend is zeroed (carryover included), per unit of spend.
import type { ModelJson } from '../fit/model-json';
import { posteriorContext } from './context';
import { counterfactualDelta } from './counterfactual';
import { drawRecords, type DrawOptions } from './draws';

/** roi[channel][draw]. Equals total contribution / spend, since every saturation curve is 0 at 0. */
export function roiDraws(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array> {
  const ctx = posteriorContext(model);
  const draws = drawRecords(model, opts);
  const out: Record<string, Float64Array> = {};
  ctx.channels.forEach((ch, c) => {
    const x = ctx.xScaled[ch.name];
    const zero = new Float64Array(x.length);
    const spend = ctx.spendTotal[ch.name];
    out[ch.name] = Float64Array.from(draws, (v) => -counterfactualDelta(ctx.spec, v, c, x, zero, ctx.kpiScale) / spend);
  });
  return out;
}
