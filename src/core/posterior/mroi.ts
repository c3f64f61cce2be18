// Marginal ROI per draw: extra KPI from spending `increase` (default +1%) more in every period, per unit of extra spend.
import type { ModelJson } from '../fit/model-json';
import { posteriorPass, type PassOptions } from './pass';

export type MroiOptions = PassOptions;

/** mroi[channel][draw]. */
export function mroiDraws(model: ModelJson, opts: MroiOptions = {}): Record<string, Float64Array> {
  const pass = posteriorPass(model, opts);
  return Object.fromEntries(pass.channels.map((name) => [name, pass.mroi[name].slice()]));
}
