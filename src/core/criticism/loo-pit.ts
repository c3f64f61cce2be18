// LOO-PIT (Gelfand et al. 1992; Gabry et al. 2019) with the definition of rstantools::loo_pit (what bayesplot's
// ppc_loo_pit and the loo ecosystem use): for each observation, the PSIS-weighted share of predictive draws at or below
// it, sum_s w_is 1[yrep_is <= y_i] with loo's normalised log weights. Calibrated predictions give uniform PIT values.
import { logSumExp } from '../stats';
import { PIT_BIAS, PIT_KS_C } from '../diagnostics/thresholds';

/**
 * PIT of N observations `y` from S x N predictive draws `yrep` and normalised log weights `logWeights` (both row-major:
 * draw s of observation i at s * N + i).
 */
export function looPit(y: ArrayLike<number>, yrep: Float64Array, logWeights: Float64Array, S: number, N: number): Float64Array {
  if (y.length !== N || yrep.length !== S * N || logWeights.length !== S * N) {
    throw new Error(`LOO-PIT: expected ${N} observations and ${S} x ${N} draws and weights, got ${y.length}, ${yrep.length} and ${logWeights.length}`);
  }
  const out = new Float64Array(N);
  const sel: number[] = [];
  for (let i = 0; i < N; i++) {
    sel.length = 0;
    for (let s = 0; s < S; s++) if (yrep[s * N + i] <= y[i]) sel.push(logWeights[s * N + i]);
    out[i] = Math.exp(logSumExp(sel));
  }
  return out;
}

export type PitShape = 'calibrated' | 'too narrow' | 'too wide' | 'predicts too high' | 'predicts too low';

export interface PitCalibration {
  n: number;
  /** Kolmogorov-Smirnov distance of the PIT values' ECDF from the uniform's. */
  ks: number;
  /** PIT_KS_C / sqrt(n): above it the predictive distribution is miscalibrated (1% level for independent PITs). */
  ksCritical: number;
  mean: number;
  /** Share of PIT values below 0.05 and above 0.95 (each 5% when calibrated), and within [0.25, 0.75] (50%). */
  below05: number;
  above95: number;
  inside50: number;
  shape: PitShape;
}

/** How far the PIT values are from uniform, and in which direction. */
export function pitCalibration(pit: ArrayLike<number>): PitCalibration {
  const n = pit.length;
  const u = Float64Array.from(pit).sort();
  let ks = 0, sum = 0, lo = 0, hi = 0, mid = 0;
  for (let i = 0; i < n; i++) {
    ks = Math.max(ks, (i + 1) / n - u[i], u[i] - i / n);
    sum += u[i];
    if (u[i] < 0.05) lo++;
    if (u[i] > 0.95) hi++;
    if (u[i] >= 0.25 && u[i] <= 0.75) mid++;
  }
  const mean = sum / n;
  const ksCritical = PIT_KS_C / Math.sqrt(n);
  let shape: PitShape = 'calibrated';
  if (ks > ksCritical) {
    // PIT near 1 means the KPI sits above the prediction: the model predicts too low.
    if (Math.abs(mean - 0.5) > PIT_BIAS) shape = mean > 0.5 ? 'predicts too low' : 'predicts too high';
    else shape = (lo + hi) / n > 0.1 ? 'too narrow' : 'too wide';
  }
  return { n, ks, ksCritical, mean, below05: lo / n, above95: hi / n, inside50: mid / n, shape };
}
