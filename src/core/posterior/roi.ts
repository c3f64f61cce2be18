// ROI per draw: the fitted window's KPI lost when the channel's spend is zeroed (carryover included), per unit of spend.
import type { ModelJson } from '../fit/model-json';
import type { DrawOptions } from './draws';
import { posteriorPass } from './pass';

/** roi[channel][draw]. Equals total contribution / spend, since every saturation curve is 0 at 0. */
export function roiDraws(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array> {
  const pass = posteriorPass(model, opts);
  return Object.fromEntries(pass.channels.map((name) => [name, pass.roi[name].slice()]));
}

/** Spend per unit of KPI, 1 / ROI per draw (Infinity where a draw's ROI is not positive). */
export function costPerKpiDraws(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array> {
  const pass = posteriorPass(model, opts);
  return Object.fromEntries(pass.channels.map((name) => [name, pass.roi[name].map((r) => (r > 0 ? 1 / r : Infinity))]));
}
