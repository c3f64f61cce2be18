// The objective as one tfjs computation: per draw Y_d (total KPI, or profit) from every channel's
// response, reduced over draws (mean, smoothed lower quantile, CVaR, mean - lambda sd), with
// tf.valueAndGrads giving the gradient with respect to each channel's spend per period.
import { mean, variance } from '../stats';
import { tf, tidyJs } from './tf-setup';
import type { ResponseEngine } from './response-fused';
import type { ObjectiveName, ObjectiveOptions } from './types';
import { DEFAULT_OBJECTIVE } from './defaults';
import { cvarRankWeights, drawWeights, quantileRankWeights, weightedSorted } from './risk';
import { ownValue } from '../data/records';

export interface ObjectiveSpec {
  name: ObjectiveName;
  /** Per channel weight on K_c in Y (1 for KPI objectives; value x margin x multiplier for profit). */
  weights: number[];
  /** Per draw constant added to Y (the baseline for KPI objectives; 0 for profit). */
  base: Float64Array;
  /** Spend is subtracted from Y (profit): horizon x sum of spend per period. */
  spendCost: number;
  rankWeights?: Float64Array;
  lambda: number;
}

export function objectiveSpec(opts: ObjectiveOptions, channels: string[], baseline: Float64Array, horizon: number): ObjectiveSpec {
  const name = opts.objective ?? DEFAULT_OBJECTIVE;
  const n = baseline.length;
  const check = (what: string, v: number | undefined, ok: (x: number) => boolean, range: string) => {
    if (v !== undefined && !(Number.isFinite(v) && ok(v))) throw new Error(`${what} must be ${range}, got ${v}`);
  };
  check('value per KPI', opts.valuePerKpi, (x) => x > 0, '> 0');
  check('margin', opts.margin, (x) => x > 0, '> 0');
  check('quantile', opts.quantile, (x) => x > 0 && x < 1, 'in (0, 1)');
  check('CVaR alpha', opts.cvarAlpha, (x) => x > 0 && x <= 1, 'in (0, 1]');
  check('risk aversion', opts.riskAversion, (x) => x >= 0, '>= 0');
  for (const [c, v] of Object.entries(opts.valueMultiplier ?? {})) {
    if (!channels.includes(c)) throw new Error(`value multiplier: unknown channel "${c}" (channels: ${channels.join(', ')})`);
    check(`value multiplier for "${c}"`, v, (x) => x >= 0, '>= 0');
  }
  if (opts.riskOn !== undefined && opts.riskOn !== 'total' && opts.riskOn !== 'media') throw new Error(`riskOn must be "total" or "media", got "${opts.riskOn}"`);
  const base = opts.riskOn === 'media' ? new Float64Array(n) : baseline;
  const spec: ObjectiveSpec = { name, weights: channels.map(() => 1), base, spendCost: 0, lambda: opts.riskAversion ?? 1 };
  if (name === 'profit') {
    const v = (opts.valuePerKpi ?? 1) * (opts.margin ?? 1);
    spec.weights = channels.map((c) => v * (ownValue(opts.valueMultiplier, c) ?? 1));
    spec.base = new Float64Array(n);
    spec.spendCost = horizon;
  } else if (name === 'q10') spec.rankWeights = quantileRankWeights(n, opts.quantile ?? 0.1);
  else if (name === 'cvar10') spec.rankWeights = cvarRankWeights(n, opts.cvarAlpha ?? 0.1);
  else if (name !== 'mean' && name !== 'mean-sd') throw new Error(`unknown objective "${name}" (expected mean, profit, q10, cvar10 or mean-sd)`);
  return spec;
}

/** Y per draw as a tensor, from per-channel responses at spend tensors s. */
function perDraw(resp: ResponseEngine, spec: ObjectiveSpec, s: tf.Tensor[]): tf.Tensor1D {
  let y: tf.Tensor = tf.add(tf.tensor1d(Float32Array.from(spec.base)), resp.weightedMedia(s, spec.weights));
  if (spec.spendCost) for (const sc of s) y = tf.sub(y, tf.mul(sc, spec.spendCost));
  return y as tf.Tensor1D;
}

function reduce(spec: ObjectiveSpec, y: tf.Tensor1D): tf.Scalar {
  const n = y.shape[0];
  if (spec.rankWeights) {
    const w = drawWeights(y.dataSync(), spec.rankWeights);
    return tf.sum(tf.mul(y, tf.tensor1d(w)));
  }
  const avg = tf.div(tf.sum(y), n);
  if (spec.name !== 'mean-sd') return avg as tf.Scalar;
  const sd = tf.sqrt(tf.add(tf.div(tf.sum(tf.square(tf.sub(y, avg))), Math.max(n - 1, 1)), 1e-12));
  return tf.sub(avg, tf.mul(sd, spec.lambda)) as tf.Scalar;
}

export interface Evaluation {
  f: number;
  g: Float64Array;
  /**
   * Diagonal of the Hessian (d2f/ds_c^2) when the response provides curvature: exact for the mean
   * and profit (a sum of per-channel terms), the mean part only for mean - lambda sd; absent for q10/cvar10.
   */
  h?: Float64Array;
}

/** f(s) and df/ds_c at spend per period s (original units). */
export function makeEvaluator(resp: ResponseEngine, spec: ObjectiveSpec): (s: ArrayLike<number>) => Evaluation {
  const vg = tf.valueAndGrads((...s: tf.Tensor[]) => reduce(spec, perDraw(resp, spec, s)));
  return (s) => tidyJs(() => {
    const { value, grads } = vg(Array.from(s, (v) => tf.scalar(v)));
    const g = new Float64Array(grads.length);
    grads.forEach((t, c) => { g[c] = t.dataSync()[0]; });
    const curv = resp.lastCurvature;
    let h: Float64Array | undefined;
    // sorted-draw objectives are only piecewise smooth: Newton steps overshoot their kinks, so they
    // keep spectral steps
    if (curv && !spec.rankWeights) {
      const n = resp.draws;
      h = Float64Array.from(curv, (kc, c) => {
        let acc = 0;
        for (let d = 0; d < n; d++) acc += kc[d];
        return (spec.weights[c] * acc) / n;
      });
    }
    return { f: value.dataSync()[0], g, h };
  });
}

/** The objective of per-draw values computed in float64 (for reporting, consistent with the solver's). */
export function objectiveOf(spec: ObjectiveSpec, y: Float64Array): number {
  if (spec.rankWeights) return weightedSorted(y, spec.rankWeights);
  const m = mean(y);
  if (spec.name !== 'mean-sd') return m;
  // A single draw has no spread (variance is NaN below two values).
  return m - spec.lambda * Math.sqrt(y.length > 1 ? variance(y) : 0);
}

/** Y per draw in float64 from per-channel per-draw KPI (for reporting). */
export function perDrawValues(spec: ObjectiveSpec, k: Float64Array[], s: ArrayLike<number>): Float64Array {
  const y = Float64Array.from(spec.base);
  k.forEach((kc, c) => { for (let d = 0; d < y.length; d++) y[d] += spec.weights[c] * kc[d] - spec.spendCost * s[c]; });
  return y;
}
