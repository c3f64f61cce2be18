// Summaries of per-draw values: mean, sd, type-7 quantiles, intervals.
import type { Distribution, Interval } from './types';

export function quantileSorted(s: Float64Array, p: number): number {
  if (s.length === 0) return NaN;
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

export function quantile(v: ArrayLike<number>, p: number): number {
  return quantileSorted(Float64Array.from(v).sort(), p);
}

export function distribution(v: ArrayLike<number>): Distribution {
  const s = Float64Array.from(v).sort();
  const n = s.length;
  const mean = s.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  const q = (p: number) => quantileSorted(s, p);
  return { mean, sd, q03: q(0.03), q25: q(0.25), q50: q(0.5), q75: q(0.75), q97: q(0.97) };
}

export function interval(v: ArrayLike<number>): Interval {
  const d = distribution(v);
  return { mean: d.mean, q03: d.q03, q97: d.q97 };
}
