// Saturation curves with beta = 1 (the density multiplies by saturation_beta) and their partials:
// logistic (1-e^{-lam a})/(1+e^{-lam a}) = tanh(lam a / 2), Hill a^s/(a^s+k^s), Michaelis-Menten a/(lam+a).
// p1 is lam (logistic, MM) or kappa (Hill); p2 is the Hill slope.
import { ld, st } from './buf';

export const SAT_LOGISTIC: i32 = 0;
export const SAT_HILL: i32 = 1;
export const SAT_MM: i32 = 2;

/** Partials of the last `satEval`: d/da, d/dp1, d/dp2. */
export let satDa: f64 = 0;
export let satDp1: f64 = 0;
export let satDp2: f64 = 0;

/** f (1 - f) of the last stableSigmoid call (a second return value without allocating). */
let sigmoidSlope: f64 = 0;

/** 1 / (1 + e^{-d}) evaluated on the side that cannot overflow; also sets sigmoidSlope. */
@inline
export function stableSigmoid(d: f64): f64 {
  if (d >= 0) {
    const e = Math.exp(-d);
    const f = 1 / (1 + e);
    sigmoidSlope = e * f * f;
    return f;
  }
  const r = Math.exp(d);
  const f = r / (1 + r);
  sigmoidSlope = f / (1 + r);
  return f;
}

@inline
export function satEval(kind: i32, p1: f64, p2: f64, a: f64): f64 {
  if (kind == SAT_LOGISTIC) {
    const e = Math.exp(-p1 * a);
    const f = (1 - e) / (1 + e);
    const h = 0.5 * (1 - f * f);
    satDa = p1 * h; satDp1 = a * h; satDp2 = 0;
    return f;
  }
  if (kind == SAT_HILL) {
    if (a <= 0) { satDa = 0; satDp1 = 0; satDp2 = 0; return 0; }
    // f = 1 / (1 + e^{-d}), d = s (log a - log k), evaluated on the side that cannot overflow.
    const la = Math.log(a), lk = Math.log(p1);
    const d = p2 * (la - lk);
    const f = stableSigmoid(d);
    const g = sigmoidSlope;
    satDa = p2 * g / a; satDp1 = -p2 * g / p1; satDp2 = g * (la - lk);
    return f;
  }
  const d = p1 + a;
  satDa = p1 / (d * d); satDp1 = -a / (d * d); satDp2 = 0;
  return a / d;
}

/** s_t = f(a_t) with its partials per period into fa, fp1, fp2 (fp2 only written for Hill: it is
 *  zero otherwise, as allocated); returns sum_t s_t. One loop per curve with the constants hoisted. */
export function saturationForward(kind: i32, p1: f64, p2: f64, a: usize, n: i32, s: usize, fa: usize, fp1: usize, fp2: usize): f64 {
  let sum: f64 = 0;
  if (kind == SAT_LOGISTIC) {
    for (let t = 0; t < n; t++) {
      const x = ld(a, t);
      const e = Math.exp(-p1 * x);
      const ip = 1 / (1 + e);
      const f = (1 - e) * ip;
      const h = 2 * e * ip * ip; // (1 - f^2) / 2
      st(s, t, f); st(fa, t, p1 * h); st(fp1, t, x * h);
      sum += f;
    }
  } else if (kind == SAT_HILL) {
    const lk = Math.log(p1);
    const sk = -p2 / p1;
    for (let t = 0; t < n; t++) {
      const x = ld(a, t);
      if (x <= 0) { st(s, t, 0); st(fa, t, 0); st(fp1, t, 0); st(fp2, t, 0); continue; }
      const lr = Math.log(x) - lk;
      const d = p2 * lr;
      const f = stableSigmoid(d);
      const g = sigmoidSlope;
      st(s, t, f); st(fa, t, p2 * g / x); st(fp1, t, sk * g); st(fp2, t, g * lr);
      sum += f;
    }
  } else {
    for (let t = 0; t < n; t++) {
      const x = ld(a, t);
      const id = 1 / (p1 + x);
      const f = x * id;
      const id2 = id * id;
      st(s, t, f); st(fa, t, p1 * id2); st(fp1, t, -x * id2);
      sum += f;
    }
  }
  return sum;
}

/** VJP: ga_t = gs_t f'(a_t); returns dL/dp1 and stores dL/dp2 in `satBackDp2`. */
export let satBackDp2: f64 = 0;
export function saturationBackward(n: i32, gs: usize, fa: usize, fp1: usize, fp2: usize, ga: usize): f64 {
  let d1: f64 = 0, d2: f64 = 0;
  for (let t = 0; t < n; t++) {
    const g = ld(gs, t);
    st(ga, t, g * ld(fa, t));
    d1 += g * ld(fp1, t);
    d2 += g * ld(fp2, t);
  }
  satBackDp2 = d2;
  return d1;
}
