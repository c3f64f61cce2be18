// The one thinning rule.
import { describe, expect, it } from 'vitest';
import { thinIndices } from '../../src/core/stats';

describe('thinIndices', () => {
  it('evenly spaced floor(i n / max), deterministic', () => {
    expect(thinIndices(10, 4)).toEqual([0, 2, 5, 7]);
    expect(thinIndices(10, 4)).toEqual(thinIndices(10, 4));
  });
  it('every index when max is absent, not positive, NaN or at least n', () => {
    for (const max of [undefined, 0, -3, NaN, 5, 50]) expect(thinIndices(5, max)).toEqual([0, 1, 2, 3, 4]);
  });
  it('no items, no indices', () => {
    expect(thinIndices(0, 3)).toEqual([]);
  });
  it('a fractional max is floored', () => {
    expect(thinIndices(10, 2.7)).toEqual([0, 5]);
  });
});
