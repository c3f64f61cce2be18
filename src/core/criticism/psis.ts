// Pareto smoothed importance sampling (Vehtari, Simpson, Gelman, Yao, Gabry 2024; Vehtari, Gelman, Gabry 2017) with the
// definitions of the `loo` R package 2.5.1: the generalized Pareto fit of Zhang & Stephens (2009) with the weakly
// informative prior (gpdfit, adjust_k_wip), the tail length n_pareto, the smoothing psis_smooth_tail and the
// truncation of do_psis_i. Pinned to loo by test/criticism/loo-reference.test.ts.
import { logSumExp } from '../stats';

export interface GpdFit {
  /** Shape k (Infinity when the fit fails, as loo). */
  k: number;
  sigma: number;
}

/** loo's lx: the profile log-likelihood of the GPD at each b = theta (per observation). */
function lx(theta: number, x: Float64Array): number {
  const a = -theta;
  let k = 0;
  for (let i = 0; i < x.length; i++) k += Math.log1p(a * x[i]);
  k /= x.length;
  return Math.log(a / k) - k - 1;
}

/** loo's gpdfit(x, wip = TRUE, min_grid_pts = 30) on exceedances `x` sorted ascending. */
export function gpdfit(x: Float64Array): GpdFit {
  const N = x.length;
  const prior = 3;
  const M = 30 + Math.floor(Math.sqrt(N));
  const xstar = x[Math.floor(N / 4 + 0.5) - 1];
  const theta = new Float64Array(M);
  const l = new Float64Array(M);
  for (let j = 1; j <= M; j++) {
    theta[j - 1] = 1 / x[N - 1] + (1 - Math.sqrt(M / (j - 0.5))) / prior / xstar;
    l[j - 1] = N * lx(theta[j - 1], x);
  }
  const lse = logSumExp(l);
  let thetaHat = 0;
  for (let j = 0; j < M; j++) thetaHat += theta[j] * Math.exp(l[j] - lse);
  let k = 0;
  for (let i = 0; i < N; i++) k += Math.log1p(-thetaHat * x[i]);
  k /= N;
  const sigma = -k / thetaHat;
  // adjust_k_wip: the posterior mean under a prior of 10 pseudo-observations at k = 0.5.
  const a = 10;
  k = (k * N) / (N + a) + (a * 0.5) / (N + a);
  return { k: Number.isNaN(k) ? Infinity : k, sigma };
}

/** loo's qgpd: the GPD quantile at p. */
export function qgpd(p: number, k: number, sigma: number): number {
  if (Number.isNaN(sigma) || sigma <= 0) return NaN;
  return (sigma * Math.expm1(-k * Math.log1p(-p))) / k;
}

/** loo's n_pareto: the tail length ceiling(min(0.2 S, 3 sqrt(S / r_eff))). */
export function tailLength(rEff: number, S: number): number {
  return Math.ceil(Math.min(0.2 * S, 3 * Math.sqrt(S / rEff)));
}

/** Fewest tail draws loo fits a Pareto tail to (enough_tail_samples). */
export const MIN_TAIL_DRAWS = 5;

/**
 * The indices of the M largest values in ascending order, as R's stable sort.int(index.return = TRUE) ranks them (equal
 * values in index order, so of values tied at the tail's edge the later ones are in the tail). Sorts a copy of the
 * values natively and only the M tail indices with a comparator.
 */
function tailOrder(lw: Float64Array, M: number): Uint32Array {
  const S = lw.length;
  const sorted = Float64Array.from(lw).sort();
  const edge = sorted[S - M];
  let above = 0;
  for (let s = 0; s < S; s++) if (lw[s] > edge) above++;
  let ties = M - above;
  const out = new Uint32Array(M);
  let j = 0;
  // Of the values equal to the edge, the last `ties` (in index order) belong to the tail.
  let equal = 0;
  for (let s = 0; s < S; s++) if (lw[s] === edge) equal++;
  let skip = equal - ties;
  for (let s = 0; s < S; s++) {
    const v = lw[s];
    if (v > edge) out[j++] = s;
    else if (v === edge) {
      if (skip > 0) skip--;
      else if (ties > 0) { out[j++] = s; ties--; }
    }
  }
  return out.sort((a, b) => lw[a] - lw[b] || a - b);
}

/** The largest value not in the tail (loo's cutoff: the value ranked just below the tail). */
function largestBelowTail(lw: Float64Array, tail: Uint32Array): number {
  const inTail = new Uint8Array(lw.length);
  for (const i of tail) inTail[i] = 1;
  let best = -Infinity;
  for (let s = 0; s < lw.length; s++) if (!inTail[s] && lw[s] > best) best = lw[s];
  return best;
}

export interface PsisResult {
  /** Smoothed, truncated log weights, unnormalised (loo's log_weights: shifted back by max(logRatios)). */
  logWeights: Float64Array;
  /** Pareto k-hat (Infinity when the tail could not be fitted). */
  k: number;
  /** Tail draws used. */
  tailLength: number;
}

/** loo's do_psis_i on one observation's log ratios (for LOO: minus its log-likelihood draws). */
export function psis(logRatios: ArrayLike<number>, rEff = 1): PsisResult {
  const S = logRatios.length;
  let max = -Infinity;
  for (let s = 0; s < S; s++) if (logRatios[s] > max) max = logRatios[s];
  const lw = new Float64Array(S);
  for (let s = 0; s < S; s++) lw[s] = logRatios[s] - max;
  const M = tailLength(rEff, S);
  let k = Infinity;
  if (M >= MIN_TAIL_DRAWS) {
    const tail = tailOrder(lw, M);
    const first = tail[0];
    if (!(Math.abs(lw[tail[M - 1]] - lw[first]) < Number.EPSILON / 100)) {
      const expCutoff = Math.exp(largestBelowTail(lw, tail));
      const x = new Float64Array(M);
      for (let i = 0; i < M; i++) x[i] = Math.exp(lw[tail[i]]) - expCutoff;
      const fit = gpdfit(x);
      k = fit.k;
      if (Number.isFinite(k)) {
        for (let i = 0; i < M; i++) lw[tail[i]] = Math.log(qgpd((i + 1 - 0.5) / M, k, fit.sigma) + expCutoff);
      }
    }
  }
  // Truncate at the largest raw weight (0 after the shift), then shift back.
  for (let s = 0; s < S; s++) lw[s] = (lw[s] > 0 ? 0 : lw[s]) + max;
  return { logWeights: lw, k, tailLength: M };
}

/** Log weights normalised to sum to one (loo's weights(normalize = TRUE, log = TRUE)). */
export function normalizeLogWeights(lw: Float64Array): Float64Array {
  const c = logSumExp(lw);
  return lw.map((v) => v - c);
}
