// Sample quantiles as R's quantile(type = 7), the default of R and numpy and what posterior's quantile2 uses.

/**
 * Type-7 quantile of values already sorted ascending: linear interpolation between order statistics at
 * h = (n - 1) p. NaN for no values, for p outside [0, 1], or when a NaN is present (a sorted Float64Array
 * keeps NaN last). Ties (equal neighbours, infinite ones included) return the tied value, as R does.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1) || Number.isNaN(sorted[n - 1])) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  if (h === lo || sorted[hi] === sorted[lo]) return sorted[lo];
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Type-7 quantile of unsorted values (sorts a copy); NaN when any value is NaN, like R without na.rm. */
export function quantile(values: ArrayLike<number>, p: number): number {
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) return NaN;
  return quantileSorted(Float64Array.from(values).sort(), p);
}

/** An ascending copy (Float64Array sort: numeric, NaN last), the step every quantile of a sample starts from. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}
