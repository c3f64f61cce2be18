// What every posterior quantity needs from a ModelJson, computed once per model: spec, data, scaled inputs.
// Two windows: 'fit' (the rows the model was fitted on: everything but a holdout; ROI, contributions,
// in-sample metrics) and 'all' (every row of model.data, for actual-vs-fitted and out-of-sample checks).
import type { MmmData } from '../data/types';
import type { ModelJson, Scaling } from '../fit/model-json';
import { firstRows, holdoutPeriods } from '../fit/holdout';
import type { ChannelSpec, ModelSpec } from '../model/spec';
import { scaleData, type ScaledData } from '../model/scale';
import { putOwn } from '../data/records';

export type PosteriorWindow = 'fit' | 'all';

export interface PosteriorContext {
  model: ModelJson;
  spec: ModelSpec;
  /** The scaled inputs the forward model takes (scaleData's `scaled`). */
  scaled: ScaledData;
  /** KPI scale: original = scaled * kpiScale. */
  kpiScale: number;
  T: number;
  /** Rows the model was fitted on (the first nFit rows of model.data). */
  nFit: number;
  channels: ChannelSpec[];
  /** Spend per channel in original units and as the model sees it (divided by the channel's max). */
  spend: Record<string, Float64Array>;
  xScaled: Record<string, Float64Array>;
  spendTotal: Record<string, number>;
  /** Observed KPI in original units. */
  y: Float64Array;
}

const caches: Record<PosteriorWindow, WeakMap<ModelJson, PosteriorContext>> = { fit: new WeakMap(), all: new WeakMap() };

/** Scales every row with the fitted (training) scaling, the trend continuing the training window's slope. */
function scaleWithFitted(data: MmmData, spec: ModelSpec, scaling: Scaling, nFit: number): ScaledData {
  const n = data.kpi.length;
  return {
    n,
    y: Float64Array.from(data.kpi, (v) => v / scaling.kpi),
    x: spec.channels.map((ch) => Float64Array.from(data.channels[ch.name], (v) => v / scaling.channels[ch.name])),
    z: spec.controls.map((name) => {
      const { center, scale } = scaling.controls[name];
      return Float64Array.from(data.controls[name], (v) => (v - center) / scale);
    }),
    dayOfYear: Float64Array.from(data.dayOfYear),
    trendSpan: nFit - 1,
  };
}

export function posteriorContext(model: ModelJson, window: PosteriorWindow = 'fit'): PosteriorContext {
  const h = holdoutPeriods(model);
  if (h === 0) window = 'fit';
  const hit = caches[window].get(model);
  if (hit) return hit;
  const { spec, scaling } = model;
  const nFit = model.data.kpi.length - h;
  const data = window === 'fit' ? firstRows(model.data, nFit) : model.data;
  // The fit window is scaled exactly as the fit scaled it; the holdout rows with the same (training) scaling.
  const scaled = window === 'fit' ? scaleData(data, spec).scaled : scaleWithFitted(data, spec, scaling, nFit);
  const spend: Record<string, Float64Array> = {};
  const xScaled: Record<string, Float64Array> = {};
  const spendTotal: Record<string, number> = {};
  for (const ch of spec.channels) {
    const s = Float64Array.from(data.channels[ch.name]);
    putOwn(spend, ch.name, s);
    // The fitted model's scaling, not a recomputed one: the draws only mean something against it.
    putOwn(xScaled, ch.name, s.map((v) => v / scaling.channels[ch.name]));
    putOwn(spendTotal, ch.name, s.reduce((a, b) => a + b, 0));
  }
  const ctx: PosteriorContext = {
    model, spec, scaled, kpiScale: scaling.kpi, T: data.kpi.length, nFit, channels: spec.channels,
    spend, xScaled, spendTotal, y: Float64Array.from(data.kpi),
  };
  caches[window].set(model, ctx);
  return ctx;
}
