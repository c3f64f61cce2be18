// Histogram bins and tail probabilities of a scalar's draws, for tooltips and the uplift chart.
import { bin, extent } from 'd3';

export interface Bin { x0: number; x1: number; count: number }

/** About `bins` equal-width bins over the draws (d3's nice thresholds). */
export function histogram(values: ArrayLike<number>, bins = 30): Bin[] {
  const arr = Array.from(values).filter(Number.isFinite);
  if (arr.length === 0) return [];
  const [lo, hi] = extent(arr) as [number, number];
  if (lo === hi) return [{ x0: lo, x1: hi, count: arr.length }];
  return bin().domain([lo, hi]).thresholds(bins)(arr).map((b) => ({ x0: b.x0!, x1: b.x1!, count: b.length }));
}

/** Share of draws strictly above `threshold`, e.g. P(uplift > 0). */
export function probabilityAbove(values: ArrayLike<number>, threshold = 0): number {
  let n = 0, k = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    n++;
    if (values[i] > threshold) k++;
  }
  return n ? k / n : NaN;
}
