// Adstock: spend carried over into later periods through a normalised kernel over lags 0..lmax-1,
// geometric (alpha^l), delayed (alpha^((l - theta)^2), peaking at lag theta), or Weibull (scale lam,
// shape k; PyMC-Marketing's weibull_adstock, normalised):
//   weibull-pdf: u_l = p(l+1) - min_j p(j+1), p the Weibull density (k/lam)(t/lam)^(k-1) exp(-(t/lam)^k)
//                (PyMC-Marketing's and Robyn's min-max scaling; the smallest weight is 0, a peak after lag 0 when k > 1);
//   weibull-cdf: u_l = prod_{j=1..l} S(j), S(t) = exp(-(t/lam)^k) the Weibull survival (u_0 = 1; decays
//                from lag 0, S-shaped for k > 1, a fast drop then a long tail for k < 1);
// and w_l = u_l / sum_j u_j. Each kind has two parameters at most: the first (alpha, or Weibull lam) and the
// second (delayed theta, or Weibull k); ADSTOCK_PARAMS names them.
import type { AdstockKind, ChannelSpec } from '../spec';

export const ADSTOCK_KINDS: readonly AdstockKind[] = ['geometric', 'delayed', 'weibull-pdf', 'weibull-cdf'];

/** The priors keys of each kind's first and second parameter (null: the kind has no second one). */
export const ADSTOCK_PARAMS: Record<AdstockKind, readonly [string, string | null]> = {
  geometric: ['adstock_alpha', null],
  delayed: ['adstock_alpha', 'adstock_theta'],
  'weibull-pdf': ['adstock_lam', 'adstock_k'],
  'weibull-cdf': ['adstock_lam', 'adstock_k'],
};

export function isWeibull(kind: AdstockKind): boolean {
  return kind === 'weibull-pdf' || kind === 'weibull-cdf';
}

/** The smallest lmax a kind allows. Weibull CDF: 2 (with one lag the weight is 1 whatever lam and k). Weibull PDF: 3
 *  (its min-max scaling zeroes the least lag, so one lag would divide 0 by 0 and two would leave a 0/1 switch that
 *  lam and k move only by jumps). */
export function minLmax(kind: AdstockKind): number {
  return kind === 'weibull-pdf' ? 3 : kind === 'weibull-cdf' ? 2 : 1;
}

/**
 * Unnormalised Weibull weights u_l (any common factor; see the header). The PDF works on log p shifted by its
 * maximum so that no lag underflows before the min is taken; the WASM (assembly/mmm/adstock.ts) computes the
 * same quantities in the same order.
 */
function weibullUnnormalised(kind: AdstockKind, lmax: number, lam: number, k: number, w: Float64Array): void {
  if (kind === 'weibull-pdf') {
    let m = -Infinity;
    for (let l = 0; l < lmax; l++) {
      const t = l + 1;
      w[l] = (k - 1) * Math.log(t) - Math.pow(t / lam, k); // log p(t) up to a constant
      m = Math.max(m, w[l]);
    }
    let lo = Infinity;
    for (let l = 0; l < lmax; l++) { w[l] = Math.exp(w[l] - m); lo = Math.min(lo, w[l]); }
    for (let l = 0; l < lmax; l++) w[l] -= lo;
  } else {
    let c = 0; // sum_{j=1..l} (j/lam)^k
    for (let l = 0; l < lmax; l++) {
      if (l > 0) c += Math.pow(l / lam, k);
      w[l] = Math.exp(-c);
    }
  }
}

/** Normalised adstock weights for lags 0..lmax-1; p1, p2 are the kind's first and second parameter (ADSTOCK_PARAMS). */
export function adstockWeights(ch: ChannelSpec, p1: number, p2 = 0): Float64Array {
  const w = new Float64Array(ch.lmax);
  if (ch.adstock === 'geometric') {
    let pw = 1;
    for (let l = 0; l < ch.lmax; l++) { w[l] = pw; pw *= p1; }
  } else if (ch.adstock === 'delayed') {
    const la = Math.log(p1);
    let m = -Infinity;
    for (let l = 0; l < ch.lmax; l++) m = Math.max(m, (l - p2) ** 2 * la);
    for (let l = 0; l < ch.lmax; l++) w[l] = Math.exp((l - p2) ** 2 * la - m);
  } else {
    weibullUnnormalised(ch.adstock, ch.lmax, p1, p2, w);
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
export function adstock(ch: ChannelSpec, x: ArrayLike<number>, p1: number, p2 = 0): Float64Array {
  const w = adstockWeights(ch, p1, p2);
  const out = new Float64Array(x.length);
  for (let t = 0; t < x.length; t++) out[t] = adstockAt(w, x, t);
  return out;
}
