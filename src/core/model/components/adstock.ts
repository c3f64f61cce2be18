// Adstock: spend carried over into later periods through a normalised kernel over lags 0..lmax-1,
// geometric (alpha^l) or delayed (alpha^((l - theta)^2), peaking at lag theta).
import type { ChannelSpec } from '../spec';

/** Normalised adstock weights for lags 0..lmax-1. */
export function adstockWeights(ch: ChannelSpec, alpha: number, theta = 0): Float64Array {
  const w = new Float64Array(ch.lmax);
  if (ch.adstock === 'geometric') {
    let pw = 1;
    for (let l = 0; l < ch.lmax; l++) { w[l] = pw; pw *= alpha; }
  } else {
    const la = Math.log(alpha);
    let m = -Infinity;
    for (let l = 0; l < ch.lmax; l++) m = Math.max(m, (l - theta) ** 2 * la);
    for (let l = 0; l < ch.lmax; l++) w[l] = Math.exp((l - theta) ** 2 * la - m);
  }
  let z = 0;
  for (let l = 0; l < ch.lmax; l++) z += w[l];
  for (let l = 0; l < ch.lmax; l++) w[l] /= z;
  return w;
}

/** The adstocked value at period t: sum_l w[l] x[t - l] over the lags inside the series (zero before its start). */
export function adstockAt(w: ArrayLike<number>, x: ArrayLike<number>, t: number): number {
  let acc = 0;
  const top = Math.min(w.length - 1, t);
  for (let l = 0; l <= top; l++) acc += w[l] * x[t - l];
  return acc;
}

/** The adstocked series of x. */
export function adstock(ch: ChannelSpec, x: ArrayLike<number>, alpha: number, theta = 0): Float64Array {
  const w = adstockWeights(ch, alpha, theta);
  const out = new Float64Array(x.length);
  for (let t = 0; t < x.length; t++) out[t] = adstockAt(w, x, t);
  return out;
}
