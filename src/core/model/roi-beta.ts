// The ROI parameterisation: saturation_beta is derived from the sampled ROI so that the channel's contribution over
// the data, divided by its spend, is that ROI. Computed exactly as the WASM does.
import { adstockAt, adstockWeights } from './components/adstock';
import type { ChannelParams } from './components/channel';
import { saturationUnit } from './components/saturation';
import type { Layout } from './pack';

/** sum_t sat(adstock(x))_t at beta = 1 for channel c, from constrained values v in layout.names order. */
export function unitSaturationSum(layout: Layout, c: number, v: ArrayLike<number>): number {
  const ch = layout.channels[c];
  const s = ch.spec;
  const alpha = v[ch.alpha];
  const theta = ch.theta >= 0 ? v[ch.theta] : 0;
  const p1 = v[ch.p1];
  const p2 = ch.p2 >= 0 ? v[ch.p2] : 1;
  const cp: ChannelParams = { alpha, theta, lam: p1, kappa: p1, slope: p2, beta: 1 };
  const w = adstockWeights(s, alpha, theta);
  const x = layout.x[c];
  let sum = 0;
  for (let t = 0; t < x.length; t++) sum += saturationUnit(s, cp, adstockAt(w, x, t));
  return sum;
}

/** Channel c's saturation_beta derived from its ROI (held at the beta slot of v when layout.useRoi). */
export function roiBeta(layout: Layout, c: number, v: ArrayLike<number>): number {
  return v[layout.channels[c].beta] * layout.channels[c].roiFactor / unitSaturationSum(layout, c, v);
}
