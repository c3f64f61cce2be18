// Thinning a long series for a line chart without losing its peaks: per bucket, the first, lowest, highest and last point.

/** Indices (increasing) of at most ~4 x `buckets` points of `values` that keep every bucket's extremes; all indices when short. */
export function extremaIndices(values: ArrayLike<number>, buckets: number): number[] {
  const n = values.length;
  if (n <= 4 * buckets) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * n) / buckets);
    const to = Math.floor(((b + 1) * n) / buckets);
    let lo = from;
    let hi = from;
    for (let i = from + 1; i < to; i++) {
      if (values[i] < values[lo]) lo = i;
      if (values[i] > values[hi]) hi = i;
    }
    for (const i of [...new Set([from, lo, hi, to - 1])].sort((x, y) => x - y)) out.push(i);
  }
  return out;
}

/** How many buckets per series so a chart of `series` lines draws about `budget` points in all (at least 50 each). */
export function bucketsFor(series: number, budget = 60_000): number {
  return Math.max(50, Math.floor(budget / (4 * Math.max(series, 1))));
}
