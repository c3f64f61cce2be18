// Parses the packed MMM blob written by src/core/model/pack.ts and allocates every work buffer once.
//
// Layout (all f64; indices into q are 0-based, -1 = absent):
//   header, HEADER slots: [0] magic 1010, [1] T, [2] C channels, [3] K controls, [4] Fourier order F,
//     [5] trend 0/1, [6] likelihood 0 normal / 1 student-t, [7] ROI prior 0/1, [8] lift rows L,
//     [9] dim, [10] nBase = 1 + trend + K + 2F (baseline coefficients are q[0..nBase): intercept,
//     trend, controls, sin_1, cos_1, ...), [11] q index of sigma, [12] q index of nu,
//     [20] saturation coordinates (0 natural: saturation_beta sampled; 1 effect: the channel's mean
//     contribution sampled, beta derived, assembly/mmm/coords.ts), [21] mean level (1: q[0] is mean_t mu_t,
//     the intercept derived, coords.ts), rest 0.
//   channels, C x CH_SLOTS: adstock kind (0 geometric, 1 delayed, 2 Weibull PDF, 3 Weibull CDF), lmax, saturation
//     kind (0 logistic, 1 Hill, 2 Michaelis-Menten), q index of the adstock's first parameter (alpha, Weibull lam)
//     and second (theta, Weibull k), p1 (lam or kappa), p2 (slope),
//     beta-or-roi-or-effect, beta factor (ROI: F_c = spend_total_c / kpi_scale; effect coordinates: T,
//     or 0 where this channel samples beta itself), 0.
//   parameters, dim x PAR_SLOTS: transform (0 real, 1 positive, 2 interval), lo, hi, prior code
//     (assembly/mmm/priors.ts), p1..p4, shift, scale (the prior is evaluated at (x - shift) / scale).
//   data: y[T], x[C*T] (channel-major), z[K*T] (control-major), day of year[T].
//   lift tests, L x 5: channel index, x/x_scale, (x+dx)/x_scale, dy/kpi_scale, sd/kpi_scale.
//   flexible baseline (header [13] = 1 only): T x 2, per period the left knot j_t and the weight w_t of knot
//     j_t + 1; header [14] knots J, [15] q index of baseline_tau (eps_1..eps_{J-1} follow), [16] knotEvery.
//   synergy pairs, S x 4 (header [18] = S, [19] = q index of the first pair's eta): channel a, channel b, q index of
//     eta, 0. (After the flexible-baseline section when a spec has both; issue 11's coordination.)
import { ld, newF64 } from './buf';

export const MAGIC: f64 = 1010;
export const HEADER: i32 = 24;
export const CH_SLOTS: i32 = 10;
export const PAR_SLOTS: i32 = 10;
export const LIFT_SLOTS: i32 = 5;
export const SYN_SLOTS: i32 = 4;

export let nT: i32 = 0;
export let nC: i32 = 0;
export let nK: i32 = 0;
export let nF: i32 = 0;
export let hasTrend: i32 = 0;
export let likKind: i32 = 0;
export let useRoi: i32 = 0;
export let nLift: i32 = 0;
export let dim: i32 = 0;
export let nBase: i32 = 0;
export let iSigma: i32 = -1;
export let iNu: i32 = -1;
/** Header [20]: 1 when channels sample their mean contribution instead of saturation_beta. */
export let satCoords: i32 = 0;
/** Header [21]: 1 when q[0] is the mean level m = mean_t mu_t rather than the intercept (coords.ts). */
export let meanLevel: i32 = 0;
export let maxLag: i32 = 1;
export let hasFlex: i32 = 0;
export let nKnots: i32 = 0;
export let iTau: i32 = -1;
export let nSyn: i32 = 0;

export let chTab: usize = 0;
export let parTab: usize = 0;
export let yPtr: usize = 0;
export let xPtr: usize = 0;
export let zPtr: usize = 0;
export let doyPtr: usize = 0;
export let liftTab: usize = 0;
export let flexGrid: usize = 0;
export let synTab: usize = 0;

/** Returns dim, or -2 (bad magic), -3 (length mismatch), -4 (invalid values). */
export function parseBlob(data: usize, len: i32): i32 {
  if (len < HEADER || ld(data, 0) != MAGIC) return -2;
  const T = <i32>ld(data, 1), C = <i32>ld(data, 2), K = <i32>ld(data, 3), F = <i32>ld(data, 4);
  const L = <i32>ld(data, 8), D = <i32>ld(data, 9), S = <i32>ld(data, 18);
  if (T < 1 || C < 0 || K < 0 || F < 0 || L < 0 || D < 1 || S < 0) return -4;
  const flex = <i32>ld(data, 13);
  if (flex != 0 && flex != 1) return -4;
  const expected = HEADER + C * CH_SLOTS + D * PAR_SLOTS + T * (2 + C + K) + L * LIFT_SLOTS + flex * 2 * T + S * SYN_SLOTS;
  if (len != expected) return -3;
  nT = T; nC = C; nK = K; nF = F; nLift = L; dim = D; nSyn = S;
  hasTrend = <i32>ld(data, 5);
  likKind = <i32>ld(data, 6);
  useRoi = <i32>ld(data, 7);
  nBase = <i32>ld(data, 10);
  iSigma = <i32>ld(data, 11);
  iNu = <i32>ld(data, 12);
  satCoords = <i32>ld(data, 20);
  meanLevel = <i32>ld(data, 21);
  if (satCoords != 0 && satCoords != 1) return -4;
  if (meanLevel != 0 && meanLevel != 1) return -4;
  if (nBase != 1 + hasTrend + K + 2 * F || iSigma < 0 || iSigma >= D) return -4;
  if (likKind == 1 && (iNu < 0 || iNu >= D)) return -4;
  chTab = data + (<usize>HEADER << 3);
  parTab = chTab + (<usize>(C * CH_SLOTS) << 3);
  yPtr = parTab + (<usize>(D * PAR_SLOTS) << 3);
  xPtr = yPtr + (<usize>T << 3);
  zPtr = xPtr + (<usize>(C * T) << 3);
  doyPtr = zPtr + (<usize>(K * T) << 3);
  liftTab = doyPtr + (<usize>T << 3);
  flexGrid = liftTab + (<usize>(L * LIFT_SLOTS) << 3);
  hasFlex = flex;
  nKnots = flex ? <i32>ld(data, 14) : 0;
  iTau = flex ? <i32>ld(data, 15) : -1;
  if (flex && (nKnots < 1 || iTau < 0 || iTau + nKnots > D)) return -4;
  for (let t = 0; t < T * flex; t++) {
    const j = ld(flexGrid, 2 * t), w = ld(flexGrid, 2 * t + 1);
    if (!(j >= 0 && <i32>j + 1 < max(nKnots, 2) && w >= 0 && w <= 1)) return -4;
  }
  synTab = flexGrid + (<usize>(flex * 2 * T) << 3);
  for (let p = 0; p < S; p++) {
    const a = <i32>ld(synTab, p * SYN_SLOTS), b = <i32>ld(synTab, p * SYN_SLOTS + 1), e = <i32>ld(synTab, p * SYN_SLOTS + 2);
    if (a < 0 || a >= C || b < 0 || b >= C || a == b || e < 0 || e >= D) return -4;
  }
  maxLag = 1;
  for (let c = 0; c < C; c++) {
    const lm = <i32>ld(chTab, c * CH_SLOTS + 1);
    if (lm < 1) return -4;
    maxLag = max(maxLag, lm);
  }
  return D;
}

/** Reads slot `k` of channel `c`'s row as an integer. */
@inline export function chInt(c: i32, k: i32): i32 {
  return <i32>ld(chTab, c * CH_SLOTS + k);
}

@inline export function chF64(c: i32, k: i32): f64 {
  return ld(chTab, c * CH_SLOTS + k);
}

export function alloc(n: i32): usize {
  return newF64(n);
}
