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

/** a^slope / (a^slope + kappa^slope), as a sigmoid of slope (log a - log kappa) that cannot overflow; 0 for a <= 0. */
export function hill(a: number, kappa: number, slope: number): number {
  if (a <= 0) return 0;
  const d = slope * (Math.log(a) - Math.log(kappa));
  if (d >= 0) return 1 / (1 + Math.exp(-d));
  const r = Math.exp(d);
  return r / (1 + r);
}

/** a / (lam + a). */
export function michaelisMenten(a: number, lam: number): number {
  return a / (lam + a);
}

/*
 * Jets: out[0] = f(a), out[1] = f'(a), out[2] = f''(a), written into a caller's array so the
 * optimizer's loops allocate nothing.
 */

export function logisticJet(a: number, lam: number, out: Float64Array): void {
  const u = logistic(a, lam);
  const du = 0.5 * lam * (1 - u * u);
  out[0] = u;
  out[1] = du;
  out[2] = -lam * u * du;
}

/** Hill below a = HILL_FLOOR * kappa: value 0 (as hill()), derivatives those at the floor (finite where slope < 1). */
export const HILL_FLOOR = 1e-12;

export function hillJet(a: number, kappa: number, slope: number, out: Float64Array): void {
  const ae = a > HILL_FLOOR * kappa ? a : HILL_FLOOR * kappa;
  const u = hill(ae, kappa, slope);
  const du = (slope * u * (1 - u)) / ae;
  out[0] = a > 0 ? hill(a, kappa, slope) : 0;
  out[1] = du;
  out[2] = (du * (slope * (1 - 2 * u) - 1)) / ae;
}

export function michaelisMentenJet(a: number, lam: number, out: Float64Array): void {
  const q = 1 / (lam + a);
  const du = lam * q * q;
  out[0] = michaelisMenten(a, lam);
  out[1] = du;
  out[2] = -2 * du * q;
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

const jet = new Float64Array(3);

/**
 * The batched form for the optimizer: with a_t = a0[o + t] + s * a1[o + t], the sums over
 * t = 0..T-1 of w[t] f(a_t), w[t] f'(a_t) a1 and w[t] f''(a_t) a1^2 (the value and the first and
 * second derivative in s) into out[0..2]. p1 is lam (logistic, Michaelis-Menten) or kappa (Hill);
 * p2 the Hill slope.
 */
export function saturationSumJet(kind: SaturationKind, p1: number, p2: number, a0: Float64Array, a1: Float64Array,
  w: Float64Array, o: number, T: number, s: number, out: Float64Array): void {
  let v = 0, d1 = 0, d2 = 0;
  // one loop per kind keeps the hot loop branch-free
  if (kind === 'logistic') {
    for (let t = 0; t < T; t++) {
      const q = a1[o + t];
      logisticJet(a0[o + t] + s * q, p1, jet);
      v += w[t] * jet[0]; d1 += w[t] * jet[1] * q; d2 += w[t] * jet[2] * q * q;
    }
  } else if (kind === 'hill') {
    for (let t = 0; t < T; t++) {
      const q = a1[o + t];
      hillJet(a0[o + t] + s * q, p1, p2, jet);
      v += w[t] * jet[0]; d1 += w[t] * jet[1] * q; d2 += w[t] * jet[2] * q * q;
    }
  } else {
    for (let t = 0; t < T; t++) {
      const q = a1[o + t];
      michaelisMentenJet(a0[o + t] + s * q, p1, jet);
      v += w[t] * jet[0]; d1 += w[t] * jet[1] * q; d2 += w[t] * jet[2] * q * q;
    }
  }
  out[0] = v; out[1] = d1; out[2] = d2;
}
