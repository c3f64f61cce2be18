// Sample quantiles as R's quantile(type = 7), which posterior's quantile2 uses.
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function quantile(values: ArrayLike<number>, p: number): number {
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) return NaN;
  const s = Float64Array.from(values as ArrayLike<number>).sort();
  return quantileSorted(s, p);
}
