// Histogram bins of a scalar's draws (d3's nice equal-width thresholds), for tooltips and the uplift chart.
import { bin, extent } from 'd3';

export interface Bin { x0: number; x1: number; count: number }

/** About `bins` equal-width bins over the finite draws; one bin for a constant, none for no finite draw. */
export function histogram(values: ArrayLike<number>, bins = 30): Bin[] {
  const arr = Array.from(values).filter(Number.isFinite);
  if (arr.length === 0) return [];
  const [lo, hi] = extent(arr) as [number, number];
  if (lo === hi) return [{ x0: lo, x1: hi, count: arr.length }];
  return bin().domain([lo, hi]).thresholds(bins)(arr).map((b) => ({ x0: b.x0!, x1: b.x1!, count: b.length }));
}
