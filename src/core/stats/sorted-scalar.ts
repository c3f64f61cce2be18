// A scalar's draws sorted once, so its interval at any credible level is a cheap lookup.
import { centralTail } from './interval';
import { mean } from './moments';
import { quantileSorted, sortedCopy } from './quantile';

export interface SortedScalar { sorted: Float64Array; mean: number }

export function sortScalar(values: ArrayLike<number>): SortedScalar {
  const sorted = sortedCopy(values);
  return { sorted, mean: mean(sorted) };
}

export interface ScalarInterval { mean: number; median: number; lower: number; upper: number }

/** Central interval of a sorted scalar at `level`, with its median; throws unless 0 < level < 1. */
export function scalarInterval(s: SortedScalar, level: number): ScalarInterval {
  const tail = centralTail(level);
  return {
    mean: s.mean,
    median: quantileSorted(s.sorted, 0.5),
    lower: quantileSorted(s.sorted, tail),
    upper: quantileSorted(s.sorted, 1 - tail),
  };
}
