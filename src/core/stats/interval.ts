// Central credible intervals of per-draw values: any level (the app's 50-99% control) and model.json's {mean, q03, q97}.
import { mean } from './moments';
import { quantileSorted, sortedCopy } from './quantile';

/** The model.json interval: the mean with the 3% and 97% quantiles (a central 94% interval). */
export interface Interval { mean: number; q03: number; q97: number }

export interface CredibleInterval { mean: number; lower: number; upper: number; level: number }

/** The lower tail probability of a central interval at `level`; throws unless 0 < level < 1. */
export function centralTail(level: number): number {
  if (!(level > 0 && level < 1)) throw new Error(`credible level must be between 0 and 1, got ${level}`);
  return (1 - level) / 2;
}

/** Central credible interval at `level` (0 < level < 1), e.g. 0.94 gives the 3% and 97% quantiles. */
export function credibleInterval(values: ArrayLike<number>, level = 0.94): CredibleInterval {
  const tail = centralTail(level);
  const s = sortedCopy(values);
  return { mean: mean(values), lower: quantileSorted(s, tail), upper: quantileSorted(s, 1 - tail), level };
}

/** The model.json interval of unsorted values: mean, 3% and 97% quantiles. */
export function interval(values: ArrayLike<number>): Interval {
  const ci = credibleInterval(values, 0.94);
  return { mean: ci.mean, q03: ci.lower, q97: ci.upper };
}
