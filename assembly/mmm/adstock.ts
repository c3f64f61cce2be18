// Adstock: normalised lag weights (geometric or delayed) with their derivatives, the causal
// convolution a_t = sum_l w_l x_{t-l} (zero before the first period) and its vector-Jacobian product.
import { ld, st } from './buf';

export const AD_GEOMETRIC: i32 = 0;
export const AD_DELAYED: i32 = 1;

/** Writes w_l, dw_l/dalpha and dw_l/dtheta (l = 0..lmax-1) into w, dwa, dwt. */
export function adstockWeights(kind: i32, lmax: i32, alpha: f64, theta: f64, w: usize, dwa: usize, dwt: usize): void {
  // Unnormalised u_l and du_l/dalpha, du_l/dtheta go into w, dwa, dwt first; a common factor in u
  // (the max-shift below) cancels in the normalised weights and their derivatives.
  let z: f64 = 0, za: f64 = 0, zt: f64 = 0;
  if (kind == AD_GEOMETRIC) {
    let pw: f64 = 1; // alpha^l
    let pm: f64 = 0; // alpha^(l-1)
    for (let l = 0; l < lmax; l++) {
      const du = <f64>l * pm;
      st(w, l, pw); st(dwa, l, du); st(dwt, l, 0);
      z += pw; za += du;
      pm = pw;
      pw *= alpha;
    }
  } else {
    const la = Math.log(alpha);
    let m = -Infinity;
    for (let l = 0; l < lmax; l++) {
      const d = <f64>l - theta;
      m = Math.max(m, d * d * la);
    }
    for (let l = 0; l < lmax; l++) {
      const d = <f64>l - theta;
      const e = d * d;
      const u = Math.exp(e * la - m);
      const ua = e / alpha * u;
      const ut = -2 * d * la * u;
      st(w, l, u); st(dwa, l, ua); st(dwt, l, ut);
      z += u; za += ua; zt += ut;
    }
  }
  const iz = 1 / z;
  for (let l = 0; l < lmax; l++) {
    const wl = ld(w, l) * iz;
    st(w, l, wl);
    st(dwa, l, (ld(dwa, l) - wl * za) * iz);
    st(dwt, l, (ld(dwt, l) - wl * zt) * iz);
  }
}

/** out_t = sum_{l <= min(t, lmax-1)} w_l x_{t-l}, accumulated lag by lag (two periods per SIMD step);
 *  each out_t still sums its terms in lag order, as the TS reference does. */
export function adstockForward(x: usize, n: i32, w: usize, lmax: i32, out: usize): void {
  memory.fill(out, 0, <usize>n << 3);
  const lm = min(lmax, n);
  for (let l = 0; l < lm; l++) {
    const wl = ld(w, l);
    const ws = f64x2.splat(wl);
    const src = x - (<usize>l << 3);
    let t = l;
    for (; t + 1 < n; t += 2) {
      const o = <usize>t << 3;
      v128.store(out + o, f64x2.add(v128.load(out + o), f64x2.mul(ws, v128.load(src + o))));
    }
    if (t < n) st(out, t, ld(out, t) + wl * ld(x, t - l));
  }
}

/** gw_l = sum_t ga_t x_{t-l}: the VJP of the convolution with respect to the weights. */
export function adstockBackwardWeights(x: usize, n: i32, lmax: i32, ga: usize, gw: usize): void {
  for (let l = 0; l < lmax; l++) {
    const src = x - (<usize>l << 3);
    let acc = f64x2.splat(0);
    let t = l;
    for (; t + 1 < n; t += 2) {
      const o = <usize>t << 3;
      acc = f64x2.add(acc, f64x2.mul(v128.load(ga + o), v128.load(src + o)));
    }
    let s = f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
    if (t < n) s += ld(ga, t) * ld(x, t - l);
    st(gw, l, s);
  }
}

/** Chains gw through the weights: returns dL/dalpha and stores dL/dtheta in `adstockDTheta`. */
export let adstockDTheta: f64 = 0;
export function adstockBackwardParams(lmax: i32, gw: usize, dwa: usize, dwt: usize): f64 {
  let da: f64 = 0, dt: f64 = 0;
  for (let l = 0; l < lmax; l++) {
    const g = ld(gw, l);
    da += g * ld(dwa, l);
    dt += g * ld(dwt, l);
  }
  adstockDTheta = dt;
  return da;
}
