// Maps an unconstrained draw q to named constrained values (layout.names order), derived ones included.
import type { Layout } from './pack';
import { constrainValue } from './transform';
import { adstockWeights, saturationUnit, type ChannelParams } from './forward';

/** sum_t sat(adstock(x))_t at beta = 1, computed exactly as the WASM does (for ROI-derived beta). */
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
  for (let t = 0; t < x.length; t++) {
    let a = 0;
    for (let l = 0; l <= Math.min(s.lmax - 1, t); l++) a += w[l] * x[t - l];
    sum += saturationUnit(s, cp, a);
  }
  return sum;
}

export function constrain(layout: Layout, q: ArrayLike<number>): Float64Array {
  if (q.length < layout.dim) throw new Error(`constrain: q has ${q.length} values, expected ${layout.dim}`);
  const out = new Float64Array(layout.names.length);
  layout.sampled.forEach((p, i) => { out[i] = constrainValue(p.transform, p.lo, p.hi, q[i]).x; });
  if (layout.useRoi) {
    layout.channels.forEach((ch, c) => {
      out[layout.dim + c] = out[ch.beta] * ch.roiFactor / unitSaturationSum(layout, c, out);
    });
  }
  return out;
}

/** The same as a record keyed by parameter name. */
export function constrainNamed(layout: Layout, q: ArrayLike<number>): Record<string, number> {
  const v = constrain(layout, q);
  const out: Record<string, number> = {};
  layout.names.forEach((n, i) => { out[n] = v[i]; });
  return out;
}
