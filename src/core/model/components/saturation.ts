// Saturation: the diminishing return of adstocked spend a (scaled), with beta = 1: logistic,
// Hill and Michaelis-Menten, each with its value and (for the optimizer) its first and second
// derivative in a. Every curve is 0 at a = 0 and tends to 1.
import type { ChannelSpec, SaturationKind } from '../spec';
import type { ChannelParams } from './channel';

/** The saturation parameters of a channel (those its kind does not use are ignored). */
export interface SaturationParams {
  /** logistic and Michaelis-Menten */
  lam: number;
  /** Hill half-saturation and slope. */
  kappa: number;
  slope: number;
}

/** (1 - e^{-lam a}) / (1 + e^{-lam a}) = tanh(lam a / 2). */
export function logistic(a: number, lam: number): number {
  const e = Math.exp(-lam * a);
  return (1 - e) / (1 + e);
}

/** a^slope / (a^slope + kappa^slope), as a sigmoid of slope (log a - log kappa); 0 for a <= 0. */
export function hill(a: number, kappa: number, slope: number): number {
  if (a <= 0) return 0;
  return hillOfLogs(Math.log(a), Math.log(kappa), slope);
}

/**
 * Hill from log a and log kappa (a > 0): the sigmoid 1 / (1 + e^{-d}), which cannot overflow in
 * float64 (e^{-d} = Infinity gives 0) and keeps its relative accuracy for very negative d.
 */
function hillOfLogs(la: number, lk: number, slope: number): number {
  return 1 / (1 + Math.exp(-slope * (la - lk)));
}

/** a / (lam + a). */
export function michaelisMenten(a: number, lam: number): number {
  return a * (1 / (lam + a));
}

/*
 * Derivatives in a, each given the curve's value u at a (so the optimizer's loops compute every
 * exp and log once): scalar functions, inlined by the JIT, allocating nothing.
 */

/** d/da logistic = (lam / 2) (1 - u^2). */
export function logisticD1(u: number, lam: number): number {
  return 0.5 * lam * (1 - u * u);
}

/** d2/da2 logistic = -lam u (lam / 2) (1 - u^2). */
export function logisticD2(u: number, lam: number): number {
  return -lam * u * logisticD1(u, lam);
}

/** d/da hill = slope u (1 - u) / a, for a > 0 and u = hill(a, kappa, slope). */
export function hillD1(a: number, u: number, slope: number): number {
  return slope * u * (1 - u) * (1 / a);
}

/** d2/da2 hill = hillD1 (slope (1 - 2u) - 1) / a, for a > 0 and u = hill(a, kappa, slope). */
export function hillD2(a: number, u: number, slope: number): number {
  return hillD1(a, u, slope) * (slope * (1 - 2 * u) - 1) * (1 / a);
}

/**
 * The optimizer takes Hill's derivatives at max(a, HILL_FLOOR * kappa): finite at zero spend even
 * for slope < 1, where the true derivative is infinite.
 */
export const HILL_FLOOR = 1e-12;

/** d/da michaelisMenten = lam / (lam + a)^2. */
export function michaelisMentenD1(a: number, lam: number): number {
  const q = 1 / (lam + a);
  return lam * q * q;
}

/** d2/da2 michaelisMenten = -2 lam / (lam + a)^3. */
export function michaelisMentenD2(a: number, lam: number): number {
  return -2 * michaelisMentenD1(a, lam) * (1 / (lam + a));
}

/** The saturation curve with beta = 1 at adstocked spend a (scaled). */
export function saturationUnit(ch: ChannelSpec, p: ChannelParams, a: number): number {
  if (ch.saturation === 'logistic') return logistic(a, p.lam);
  if (ch.saturation === 'hill') return hill(a, p.kappa, p.slope);
  return michaelisMenten(a, p.lam);
}

/** beta * saturation(a): the channel's effect (scaled KPI) at adstocked scaled spend a. */
export function saturationCurve(ch: ChannelSpec, p: ChannelParams, a: number): number {
  return p.beta * saturationUnit(ch, p, a);
}

/*
 * The batched form for the optimizer, one function per kind (each small enough for the JIT to
 * inline the curve and its derivatives): with a_t = a0[o + t] + s * a1[o + t], the sums over
 * t = 0..T-1 of w[t] f(a_t), w[t] f'(a_t) a1 and w[t] f''(a_t) a1^2 (the value and the first and
 * second derivative in s) into out[0..2]. p1 is lam (logistic, Michaelis-Menten) or kappa (Hill);
 * p2 the Hill slope (unused by the others).
 */

/** The batched form of the given kind. */
export function saturationSumJet(kind: SaturationKind, p1: number, p2: number, a0: Float64Array, a1: Float64Array,
  w: Float64Array, o: number, T: number, s: number, out: Float64Array): void {
  if (kind === 'logistic') logisticSum(p1, p2, a0, a1, w, o, T, s, out);
  else if (kind === 'hill') hillSum(p1, p2, a0, a1, w, o, T, s, out);
  else michaelisMentenSum(p1, p2, a0, a1, w, o, T, s, out);
}

export function logisticSum(lam: number, _p2: number, a0: Float64Array, a1: Float64Array, w: Float64Array, o: number, T: number, s: number, out: Float64Array): void {
  let v = 0, d1 = 0, d2 = 0;
  for (let t = 0; t < T; t++) {
    const q = a1[o + t], wt = w[t];
    const u = logistic(a0[o + t] + s * q, lam);
    v += wt * u; d1 += wt * logisticD1(u, lam) * q; d2 += wt * logisticD2(u, lam) * q * q;
  }
  out[0] = v; out[1] = d1; out[2] = d2;
}

export function hillSum(kappa: number, slope: number, a0: Float64Array, a1: Float64Array, w: Float64Array, o: number, T: number, s: number, out: Float64Array): void {
  let v = 0, d1 = 0, d2 = 0;
  const lk = Math.log(kappa), floor = HILL_FLOOR * kappa;
  for (let t = 0; t < T; t++) {
    const q = a1[o + t], wt = w[t], a = a0[o + t] + s * q;
    // derivatives at max(a, floor); the value hill(a) itself (0 at zero spend)
    const ad = a > floor ? a : floor;
    const ud = hillOfLogs(Math.log(ad), lk, slope);
    const u = ad === a ? ud : hill(a, kappa, slope);
    v += wt * u; d1 += wt * hillD1(ad, ud, slope) * q; d2 += wt * hillD2(ad, ud, slope) * q * q;
  }
  out[0] = v; out[1] = d1; out[2] = d2;
}

export function michaelisMentenSum(lam: number, _p2: number, a0: Float64Array, a1: Float64Array, w: Float64Array, o: number, T: number, s: number, out: Float64Array): void {
  let v = 0, d1 = 0, d2 = 0;
  for (let t = 0; t < T; t++) {
    const q = a1[o + t], wt = w[t], a = a0[o + t] + s * q;
    v += wt * michaelisMenten(a, lam); d1 += wt * michaelisMentenD1(a, lam) * q; d2 += wt * michaelisMentenD2(a, lam) * q * q;
  }
  out[0] = v; out[1] = d1; out[2] = d2;
}
