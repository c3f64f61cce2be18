// The median as R computes it.
import { describe, expect, it } from 'vitest';
import { median } from '../../src/core/stats';

describe('median', () => {
  it('odd and even counts, unsorted input', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('empty gives NaN, one value is itself', () => {
    expect(median([])).toBeNaN();
    expect(median([-2])).toBe(-2);
  });
  it('ties and NaN-free reordering', () => {
    expect(median([2, 2, 9, 2])).toBe(2);
    expect(median(new Float64Array([0.3, 0.1, 0.2, 0.4]))).toBeCloseTo(0.25, 15);
  });
});
