// Adstock: normalised lag weights (geometric, delayed, Weibull PDF or CDF) with their derivatives, the causal
// convolution a_t = sum_l w_l x_{t-l} (zero before the first period) and its vector-Jacobian product;
// for the geometric kernel the same a_t and VJP by an O(T) recursion. `adstockApply` and `adstockVjp`
// are what the density calls: the recursion for geometric, the convolution otherwise.
import { ld, st } from './buf';

export const AD_GEOMETRIC: i32 = 0;
export const AD_DELAYED: i32 = 1;
export const AD_WEIBULL_PDF: i32 = 2;
export const AD_WEIBULL_CDF: i32 = 3;

/** Unnormalised Weibull weights u_l and their derivatives w.r.t. lam (first parameter) and k (second) into
 *  w, dwa, dwt, as src/core/model/components/adstock.ts defines them (lag l sits at t = l + 1):
 *  PDF  g_l = (k-1) log t - (t/lam)^k (log density up to a constant), q_l = exp(g_l - max g),
 *       u_l = q_l - q_m (m the first lag of least q), du_l = q_l dg_l - q_m dg_m, with
 *       dg/dlam = k (t/lam)^k / lam and dg/dk = log t - (t/lam)^k log(t/lam);
 *  CDF  c_l = sum_{j=1..l} (j/lam)^k, u_l = exp(-c_l), du_l/dlam = u_l (k/lam) c_l,
 *       du_l/dk = -u_l sum_{j=1..l} (j/lam)^k log(j/lam).
 *  A weight that underflows to 0 gets derivative 0 (its (t/lam)^k may be infinite). */
function weibullUnnormalised(kind: i32, lmax: i32, lam: f64, k: f64, w: usize, dwa: usize, dwt: usize): void {
  if (kind == AD_WEIBULL_PDF) {
    let m = -Infinity;
    for (let l = 0; l < lmax; l++) {
      const t = <f64>(l + 1);
      const r = Math.pow(t / lam, k);
      const g = (k - 1) * Math.log(t) - r;
      st(w, l, g); st(dwa, l, k * r / lam); st(dwt, l, Math.log(t) - r * Math.log(t / lam));
      m = Math.max(m, g);
    }
    let lo = Infinity, loA: f64 = 0, loK: f64 = 0;
    for (let l = 0; l < lmax; l++) {
      const q = Math.exp(ld(w, l) - m);
      const qa = q == 0 ? 0 : q * ld(dwa, l), qk = q == 0 ? 0 : q * ld(dwt, l);
      st(w, l, q); st(dwa, l, qa); st(dwt, l, qk);
      if (q < lo) { lo = q; loA = qa; loK = qk; }
    }
    for (let l = 0; l < lmax; l++) {
      st(w, l, ld(w, l) - lo); st(dwa, l, ld(dwa, l) - loA); st(dwt, l, ld(dwt, l) - loK);
    }
  } else {
    let c: f64 = 0, ck: f64 = 0;
    const kl = k / lam;
    for (let l = 0; l < lmax; l++) {
      if (l > 0) {
        const r = Math.pow(<f64>l / lam, k);
        c += r;
        ck += r == 0 ? 0 : r * Math.log(<f64>l / lam);
      }
      const u = Math.exp(-c);
      st(w, l, u);
      st(dwa, l, u == 0 ? 0 : u * kl * c);
      st(dwt, l, u == 0 ? 0 : -u * ck);
    }
  }
}

/** Writes w_l, dw_l/dalpha and dw_l/dtheta (l = 0..lmax-1) into w, dwa, dwt; for the Weibull kinds alpha and
 *  theta are the first and second parameter, lam and k. */
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
  } else if (kind == AD_WEIBULL_PDF || kind == AD_WEIBULL_CDF) {
    weibullUnnormalised(kind, lmax, alpha, theta, w, dwa, dwt);
    for (let l = 0; l < lmax; l++) { z += ld(w, l); za += ld(dwa, l); zt += ld(dwt, l); }
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
//   S_t = sum_{l<L} alpha^l x_{t-l} = alpha S_{t-1} + y_t,    y_t = x_t - alpha^L x_{t-L},    a_t = S_t / Z,
//   D_t = dS_t/dalpha = alpha D_{t-1} + e_t,                  e_t = S_{t-1} - L alpha^(L-1) x_{t-L},
// Z = sum_{l<L} alpha^l. Both are stable for alpha in (0, 1) (errors shrink by alpha per period). Past the
// first L + 1 periods two periods go per SIMD step, S_t = alpha^2 S_{t-2} + (y_t + alpha y_{t-1}) (and D
// alike): two independent chains, so half the latency of the one-period recursion. The subtraction leaves a
// rounding residue where the convolution gives exactly 0, so once the last L periods are all zero S_t and
// D_t are set to 0 (curves such as Hill treat a = 0 apart).

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

/** The pair [x_{t}, x_{t+1}]. */
@inline function pair(p: usize, t: i32): v128 {
  return v128.load(p + (<usize>t << 3));
}

/** out_t = a_t of the geometric kernel with lmax lags, by the recursion (lmax = 1 is a copy). */
export function geometricForward(x: usize, n: i32, lmax: i32, alpha: f64, out: usize): void {
  if (lmax <= 1) {
    memory.copy(out, x, <usize>n << 3);
    return;
  }
  geometricKernel(lmax, alpha);
  const iz = 1 / geoZ, tail = geoTail;
  let s: f64 = 0, s1: f64 = 0; // S_{t-1}, S_{t-2}
  let last = -lmax; // the last period with x_t != 0
  const head = min(n, lmax + 1);
  let t = 0;
  for (; t < head; t++) { // no x_{t-L} yet (and t = L, where the pair loads would reach x_{-1})
    const xt = ld(x, t);
    if (xt != 0) last = t;
    s1 = s;
    s = t - last >= lmax ? 0 : alpha * s + (t >= lmax ? xt - tail * ld(x, t - lmax) : xt);
    st(out, t, s * iz);
  }
  const va = f64x2.splat(alpha), va2 = f64x2.splat(alpha * alpha), vt = f64x2.splat(tail), viz = f64x2.splat(iz);
  let v = f64x2.replace_lane(f64x2.splat(s1), 1, s); // [S_{t-2}, S_{t-1}]
  for (; t + 1 < n; t += 2) {
    const y0 = f64x2.sub(pair(x, t), f64x2.mul(vt, pair(x, t - lmax)));         // [y_t, y_{t+1}]
    const y1 = f64x2.sub(pair(x, t - 1), f64x2.mul(vt, pair(x, t - 1 - lmax))); // [y_{t-1}, y_t]
    v = f64x2.add(f64x2.mul(va2, v), f64x2.add(y0, f64x2.mul(va, y1)));
    if (ld(x, t) != 0) last = t;
    if (t - last >= lmax) v = f64x2.replace_lane(v, 0, 0);
    if (ld(x, t + 1) != 0) last = t + 1;
    if (t + 1 - last >= lmax) v = f64x2.replace_lane(v, 1, 0);
    v128.store(out + (<usize>t << 3), f64x2.mul(v, viz));
  }
  if (t < n) {
    const xt = ld(x, t);
    if (xt != 0) last = t;
    s = t - last >= lmax ? 0 : alpha * f64x2.extract_lane(v, 1) + (xt - tail * ld(x, t - lmax));
    st(out, t, s * iz);
  }
}

/** dL/dalpha = sum_t ga_t da_t/dalpha of the geometric kernel, with da_t/dalpha = (D_t - a_t dZ/dalpha) / Z:
 *  S and D run forward together (alpha is one scalar, so this costs what the reverse recursion would). */
export function geometricVjp(x: usize, n: i32, lmax: i32, alpha: f64, ga: usize): f64 {
  if (lmax <= 1) return 0;
  geometricKernel(lmax, alpha);
  const tail = geoTail, tailDa = geoTailDa;
  let s: f64 = 0, s1: f64 = 0, d: f64 = 0, d1: f64 = 0, gs: f64 = 0, gd: f64 = 0;
  let last = -lmax;
  const head = min(n, lmax + 1);
  let t = 0;
  for (; t < head; t++) {
    const xt = ld(x, t);
    if (xt != 0) last = t;
    s1 = s; d1 = d;
    if (t - last >= lmax) { s = 0; d = 0; continue; }
    const old = t >= lmax ? ld(x, t - lmax) : 0;
    d = alpha * d + (s - tailDa * old);
    s = alpha * s + (xt - tail * old);
    const g = ld(ga, t);
    gs += g * s;
    gd += g * d;
  }
  const va = f64x2.splat(alpha), va2 = f64x2.splat(alpha * alpha), vt = f64x2.splat(tail), vtd = f64x2.splat(tailDa);
  let v = f64x2.replace_lane(f64x2.splat(s1), 1, s); // [S_{t-2}, S_{t-1}]
  let u = f64x2.replace_lane(f64x2.splat(d1), 1, d); // [D_{t-2}, D_{t-1}]
  let as = f64x2.splat(0), ad = f64x2.splat(0);
  for (; t + 1 < n; t += 2) {
    const xo = pair(x, t - lmax), xo1 = pair(x, t - 1 - lmax);
    const y0 = f64x2.sub(pair(x, t), f64x2.mul(vt, xo));       // [y_t, y_{t+1}]
    const y1 = f64x2.sub(pair(x, t - 1), f64x2.mul(vt, xo1));  // [y_{t-1}, y_t]
    const vp = v;
    v = f64x2.add(f64x2.mul(va2, v), f64x2.add(y0, f64x2.mul(va, y1)));
    if (ld(x, t) != 0) last = t;
    const z0 = t - last >= lmax;
    if (z0) v = f64x2.replace_lane(v, 0, 0);
    if (ld(x, t + 1) != 0) last = t + 1;
    const z1 = t + 1 - last >= lmax;
    if (z1) v = f64x2.replace_lane(v, 1, 0);
    const e0 = f64x2.sub(f64x2.shuffle(vp, v, 1, 2), f64x2.mul(vtd, xo)); // [e_t, e_{t+1}]
    const e1 = f64x2.sub(vp, f64x2.mul(vtd, xo1));                       // [e_{t-1}, e_t]
    u = f64x2.add(f64x2.mul(va2, u), f64x2.add(e0, f64x2.mul(va, e1)));
    if (z0) u = f64x2.replace_lane(u, 0, 0);
    if (z1) u = f64x2.replace_lane(u, 1, 0);
    const g = pair(ga, t);
    as = f64x2.add(as, f64x2.mul(g, v));
    ad = f64x2.add(ad, f64x2.mul(g, u));
  }
  gs += f64x2.extract_lane(as, 0) + f64x2.extract_lane(as, 1);
  gd += f64x2.extract_lane(ad, 0) + f64x2.extract_lane(ad, 1);
  if (t < n) {
    const xt = ld(x, t);
    if (xt != 0) last = t;
    if (t - last < lmax) {
      const sp = f64x2.extract_lane(v, 1), old = ld(x, t - lmax);
      d = alpha * f64x2.extract_lane(u, 1) + (sp - tailDa * old);
      s = alpha * sp + (xt - tail * old);
      const g = ld(ga, t);
      gs += g * s;
      gd += g * d;
    }
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
