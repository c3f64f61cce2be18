// Each channel's contribution to the KPI over the fitted window, per draw, in original KPI units (from the posterior pass).
import type { ModelJson } from '../fit/model-json';
import type { DrawOptions } from './draws';
import { matrixRows, posteriorPass } from './pass';

/** contributions[channel][draw][t] in original KPI units. */
export function channelContributions(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array[]> {
  const pass = posteriorPass(model, { ...opts, series: true });
  return Object.fromEntries(pass.channels.map((name) => [name, matrixRows(pass.contributions[name], pass.n, pass.nFit)]));
}

/** Total contribution of each channel over the fitted window, per draw (original units). */
export function contributionTotals(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array> {
  const pass = posteriorPass(model, opts);
  return Object.fromEntries(pass.channels.map((name) => [name, pass.contributionTotal[name].slice()]));
}
