// Adstock: normalised lag weights (geometric or delayed) with their derivatives, the causal
// convolution a_t = sum_l w_l x_{t-l} (zero before the first period) and its vector-Jacobian product;
// for the geometric kernel the same a_t and VJP by an O(T) recursion. `adstockApply` and `adstockVjp`
// are what the density calls: the recursion for geometric, the convolution otherwise.
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

/** out_t = sum_{l <= min(t, lmax-1)} w_l x_{t-l}. Two periods per SIMD step with the sum over lags kept
 *  in a register; each out_t sums its terms in lag order, as the TS reference does. */
export function adstockForward(x: usize, n: i32, w: usize, lmax: i32, out: usize): void {
  const head = min(lmax - 1, n);
  for (let t = 0; t < head; t++) { // periods with fewer than lmax lags behind them
    let acc: f64 = 0;
    for (let l = 0; l <= t; l++) acc += ld(w, l) * ld(x, t - l);
    st(out, t, acc);
  }
  let t = head;
  for (; t + 1 < n; t += 2) {
    let acc = f64x2.splat(0);
    const xt = x + (<usize>t << 3);
    for (let l = 0; l < lmax; l++) {
      const o = <usize>l << 3;
      acc = f64x2.add(acc, f64x2.mul(v128.load64_splat(w + o), v128.load(xt - o)));
    }
    v128.store(out + (<usize>t << 3), acc);
  }
  if (t < n) {
    let acc: f64 = 0;
    for (let l = 0; l < lmax; l++) acc += ld(w, l) * ld(x, t - l);
    st(out, t, acc);
  }
}

/** gw_l = sum_t ga_t x_{t-l}: the VJP of the convolution with respect to the weights. Four lags share
 *  each load of ga (two periods per SIMD step); lags left over and the ragged starts run scalar. */
export function adstockBackwardWeights(x: usize, n: i32, lmax: i32, ga: usize, gw: usize): void {
  let l = 0;
  for (; l + 3 < lmax; l += 4) {
    let a0 = f64x2.splat(0), a1 = f64x2.splat(0), a2 = f64x2.splat(0), a3 = f64x2.splat(0);
    let s0: f64 = 0, s1: f64 = 0, s2: f64 = 0, s3: f64 = 0;
    const t0 = min(l + 3, n);
    for (let t = l; t < t0; t++) { // periods where only some of the four lags reach back into the data
      const g = ld(ga, t);
      s0 += g * ld(x, t - l);
      if (t >= l + 1) s1 += g * ld(x, t - l - 1);
      if (t >= l + 2) s2 += g * ld(x, t - l - 2);
    }
    let t = t0;
    for (; t + 1 < n; t += 2) {
      const g = v128.load(ga + (<usize>t << 3));
      const xp = x + (<usize>(t - l) << 3);
      a0 = f64x2.add(a0, f64x2.mul(g, v128.load(xp)));
      a1 = f64x2.add(a1, f64x2.mul(g, v128.load(xp - 8)));
      a2 = f64x2.add(a2, f64x2.mul(g, v128.load(xp - 16)));
      a3 = f64x2.add(a3, f64x2.mul(g, v128.load(xp - 24)));
    }
    if (t < n) {
      const g = ld(ga, t);
      s0 += g * ld(x, t - l); s1 += g * ld(x, t - l - 1); s2 += g * ld(x, t - l - 2); s3 += g * ld(x, t - l - 3);
    }
    st(gw, l, s0 + f64x2.extract_lane(a0, 0) + f64x2.extract_lane(a0, 1));
    st(gw, l + 1, s1 + f64x2.extract_lane(a1, 0) + f64x2.extract_lane(a1, 1));
    st(gw, l + 2, s2 + f64x2.extract_lane(a2, 0) + f64x2.extract_lane(a2, 1));
    st(gw, l + 3, s3 + f64x2.extract_lane(a3, 0) + f64x2.extract_lane(a3, 1));
  }
  for (; l < lmax; l++) {
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

// Geometric adstock by recursion, O(T) per channel. With u_l = alpha^l (l < L = lmax) and x_t = 0 for t < 0,
//   S_t = sum_{l<L} alpha^l x_{t-l} = alpha S_{t-1} + (x_t - alpha^L x_{t-L}),    a_t = S_t / Z,
//   D_t = dS_t/dalpha = alpha D_{t-1} + (S_{t-1} - L alpha^(L-1) x_{t-L}),
// Z = sum_{l<L} alpha^l. Both are stable for alpha in (0, 1) (errors shrink by alpha per period). The
// subtraction leaves a rounding residue where the convolution gives exactly 0, so once the last L periods
// are all zero S_t and D_t are set to 0 (curves such as Hill treat a = 0 apart).

/** Z, dZ/dalpha, alpha^L and L alpha^(L-1) of the last `geometricKernel`, summed as `adstockWeights` sums. */
let geoZ: f64 = 0, geoZa: f64 = 0, geoTail: f64 = 0, geoTailDa: f64 = 0;

@inline function geometricKernel(lmax: i32, alpha: f64): void {
  let z: f64 = 0, za: f64 = 0;
  let pw: f64 = 1; // alpha^l
  let pm: f64 = 0; // alpha^(l-1)
  for (let l = 0; l < lmax; l++) {
    za += <f64>l * pm;
    z += pw;
    pm = pw;
    pw *= alpha;
  }
  geoZ = z; geoZa = za; geoTail = pw; geoTailDa = <f64>lmax * pm;
}

/** out_t = a_t of the geometric kernel with lmax lags, by the recursion (lmax = 1 is a copy). */
export function geometricForward(x: usize, n: i32, lmax: i32, alpha: f64, out: usize): void {
  if (lmax <= 1) {
    memory.copy(out, x, <usize>n << 3);
    return;
  }
  geometricKernel(lmax, alpha);
  const iz = 1 / geoZ, tail = geoTail;
  let s: f64 = 0;
  let last = -lmax; // the last period with x_t != 0
  for (let t = 0; t < n; t++) {
    const xt = ld(x, t);
    if (xt != 0) last = t;
    if (t - last >= lmax) s = 0;
    else s = alpha * s + (t >= lmax ? xt - tail * ld(x, t - lmax) : xt);
    st(out, t, s * iz);
  }
}

/** dL/dalpha = sum_t ga_t da_t/dalpha of the geometric kernel, with da_t/dalpha = (D_t - a_t dZ/dalpha) / Z:
 *  S and D run forward together (alpha is one scalar, so this costs what the reverse recursion would). */
export function geometricVjp(x: usize, n: i32, lmax: i32, alpha: f64, ga: usize): f64 {
  if (lmax <= 1) return 0;
  geometricKernel(lmax, alpha);
  const tail = geoTail, tailDa = geoTailDa;
  let s: f64 = 0, d: f64 = 0, gs: f64 = 0, gd: f64 = 0;
  let last = -lmax;
  for (let t = 0; t < n; t++) {
    const xt = ld(x, t);
    if (xt != 0) last = t;
    if (t - last >= lmax) { s = 0; d = 0; continue; }
    const old = t >= lmax ? ld(x, t - lmax) : 0;
    d = alpha * d + (s - tailDa * old);
    s = alpha * s + (xt - tail * old);
    const g = ld(ga, t);
    gs += g * s;
    gd += g * d;
  }
  return (gd - gs * (geoZa / geoZ)) / geoZ;
}

/** out = adstock of x (n periods): the recursion for geometric kernels, the convolution with the weights w
 *  (from `adstockWeights`) otherwise. */
export function adstockApply(kind: i32, lmax: i32, alpha: f64, x: usize, n: i32, w: usize, out: usize): void {
  if (kind == AD_GEOMETRIC) geometricForward(x, n, lmax, alpha, out);
  else adstockForward(x, n, w, lmax, out);
}

/** VJP of `adstockApply` given ga = dL/da: returns dL/dalpha and stores dL/dtheta in `adstockDTheta`
 *  (0 for geometric). gw (lmax) is scratch for the convolution; dwa, dwt are the weights' derivatives. */
export function adstockVjp(kind: i32, lmax: i32, alpha: f64, x: usize, n: i32, ga: usize, gw: usize, dwa: usize, dwt: usize): f64 {
  if (kind == AD_GEOMETRIC) {
    adstockDTheta = 0;
    return geometricVjp(x, n, lmax, alpha, ga);
  }
  adstockBackwardWeights(x, n, lmax, ga, gw);
  return adstockBackwardParams(lmax, gw, dwa, dwt);
}
