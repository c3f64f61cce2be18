// Each channel's contribution to the KPI over time, per draw, in original KPI units.
import type { ModelJson } from '../fit/model-json';
import { channelContribution, channelParams } from '../model/forward';
import { posteriorContext } from './context';
import { drawRecords, type DrawOptions } from './draws';

/** contributions[channel][draw][t] in original KPI units. */
export function channelContributions(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array[]> {
  const ctx = posteriorContext(model);
  const out: Record<string, Float64Array[]> = {};
  for (const ch of ctx.channels) out[ch.name] = [];
  for (const values of drawRecords(model, opts)) {
    ctx.channels.forEach((ch, c) => {
      const scaled = channelContribution(ch, ctx.xScaled[ch.name], channelParams(ctx.spec, values, c));
      out[ch.name].push(scaled.map((v) => v * ctx.kpiScale));
    });
  }
  return out;
}

/** Total contribution of each channel over the fitted window, per draw (original units). */
export function contributionTotals(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array> {
  const series = channelContributions(model, opts);
  const out: Record<string, Float64Array> = {};
  for (const [name, draws] of Object.entries(series)) out[name] = Float64Array.from(draws, (s) => s.reduce((a, b) => a + b, 0));
  return out;
}
