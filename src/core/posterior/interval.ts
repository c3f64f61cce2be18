// Posterior intervals from per-draw values: {mean, q03, q97} and any central credible level (the app's 50-99% control).
import type { Interval } from '../fit/model-json';
import { quantileSorted } from '../diagnostics/quantile';

/** Linear-interpolation quantile (type 7, as R's default and numpy) of already sorted values. */
export const sortedQuantile = quantileSorted;

function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return values.length ? s / values.length : NaN;
}

export interface CredibleInterval { mean: number; lower: number; upper: number; level: number }

/** Central credible interval at `level` (0 < level < 1), e.g. 0.94 gives the 3% and 97% quantiles. */
export function credibleInterval(values: ArrayLike<number>, level = 0.94): CredibleInterval {
  if (!(level > 0 && level < 1)) throw new Error(`credible level must be between 0 and 1, got ${level}`);
  const s = sortedCopy(values);
  const tail = (1 - level) / 2;
  return { mean: mean(values), lower: sortedQuantile(s, tail), upper: sortedQuantile(s, 1 - tail), level };
}

/** The model.json interval: mean with the 3% and 97% quantiles. */
export function interval(values: ArrayLike<number>): Interval {
  const ci = credibleInterval(values, 0.94);
  return { mean: ci.mean, q03: ci.lower, q97: ci.upper };
}

/** Pointwise intervals for per-draw series (draws x periods), e.g. a contribution band over time. */
export function seriesInterval(series: ArrayLike<number>[], level = 0.94): { mean: number[]; lower: number[]; upper: number[] } {
  const T = series[0]?.length ?? 0;
  const out = { mean: new Array<number>(T), lower: new Array<number>(T), upper: new Array<number>(T) };
  const col = new Float64Array(series.length);
  for (let t = 0; t < T; t++) {
    for (let d = 0; d < series.length; d++) col[d] = series[d][t];
    const ci = credibleInterval(col, level);
    out.mean[t] = ci.mean; out.lower[t] = ci.lower; out.upper[t] = ci.upper;
  }
  return out;
}
