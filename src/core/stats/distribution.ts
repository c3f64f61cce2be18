// The optimizer's summary of a per-draw quantity: mean, sd and the 3, 25, 50, 75 and 97% quantiles.
import { mean, sd } from './moments';
import { quantileSorted, sortedCopy } from './quantile';

export interface Distribution {
  mean: number; sd: number;
  q03: number; q25: number; q50: number; q75: number; q97: number;
}

/** Summary of per-draw values; a single draw has sd 0 (a plan evaluated at one point has no spread). */
export function distribution(values: ArrayLike<number>): Distribution {
  const s = sortedCopy(values);
  const q = (p: number) => quantileSorted(s, p);
  return { mean: mean(s), sd: s.length > 1 ? sd(s) : 0, q03: q(0.03), q25: q(0.25), q50: q(0.5), q75: q(0.75), q97: q(0.97) };
}
