// Which draws to draw as individual lines when "show draws" is on: the core thinning rule at the chart's line count.
import { thinIndices } from '../../core/stats';

export const SPAGHETTI_DRAWS = 50;

/** Up to n indices out of total, evenly spaced and deterministic; none when n is not positive. */
export function pickDraws(total: number, n = SPAGHETTI_DRAWS): number[] {
  return n > 0 ? thinIndices(total, n) : [];
}
