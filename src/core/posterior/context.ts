// What every posterior quantity needs from a ModelJson, computed once per model: spec, data, scaled inputs.
import type { ModelJson } from '../fit/model-json';
import type { ChannelSpec, ModelSpec } from '../model/spec';
import { scaleData, type ScaledData } from '../model/scale';

export interface PosteriorContext {
  model: ModelJson;
  spec: ModelSpec;
  /** The scaled inputs the forward model takes (scaleData's `scaled`). */
  scaled: ScaledData;
  /** KPI scale: original = scaled * kpiScale. */
  kpiScale: number;
  T: number;
  channels: ChannelSpec[];
  /** Spend per channel in original units and as the model sees it (divided by the channel's max). */
  spend: Record<string, Float64Array>;
  xScaled: Record<string, Float64Array>;
  spendTotal: Record<string, number>;
  /** Observed KPI in original units. */
  y: Float64Array;
}

const cache = new WeakMap<ModelJson, PosteriorContext>();

export function posteriorContext(model: ModelJson): PosteriorContext {
  const hit = cache.get(model);
  if (hit) return hit;
  const { spec, data, scaling } = model;
  const { scaled } = scaleData(data, spec);
  const spend: Record<string, Float64Array> = {};
  const xScaled: Record<string, Float64Array> = {};
  const spendTotal: Record<string, number> = {};
  for (const ch of spec.channels) {
    const s = Float64Array.from(data.channels[ch.name]);
    spend[ch.name] = s;
    // The fitted model's scaling, not a recomputed one: the draws only mean something against it.
    xScaled[ch.name] = s.map((v) => v / scaling.channels[ch.name]);
    spendTotal[ch.name] = s.reduce((a, b) => a + b, 0);
  }
  const ctx: PosteriorContext = {
    model, spec, scaled, kpiScale: scaling.kpi, T: data.kpi.length, channels: spec.channels,
    spend, xScaled, spendTotal, y: Float64Array.from(data.kpi),
  };
  cache.set(model, ctx);
  return ctx;
}
