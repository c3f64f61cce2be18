// Mean, sample variance and sd (n - 1): edge semantics pinned.
import { describe, expect, it } from 'vitest';
import { mean, sd, variance } from '../../src/core/stats';

describe('moments', () => {
  it('known values (R: var(c(2, 4, 4, 4, 5, 5, 7, 9)) = 32/7)', () => {
    const x = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(x)).toBe(5);
    expect(variance(x)).toBeCloseTo(32 / 7, 14);
    expect(sd(x)).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });
  it('empty input: NaN for all three', () => {
    expect(mean([])).toBeNaN();
    expect(variance([])).toBeNaN();
    expect(sd([])).toBeNaN();
  });
  it('a single value: its mean, NaN spread (as R)', () => {
    expect(mean([3])).toBe(3);
    expect(variance([3])).toBeNaN();
    expect(sd(new Float64Array([3]))).toBeNaN();
  });
  it('NaN propagates', () => {
    expect(mean([1, NaN])).toBeNaN();
    expect(sd([1, 2, NaN])).toBeNaN();
  });
  it('ties: zero spread', () => {
    expect(variance([7, 7, 7])).toBe(0);
  });
});
