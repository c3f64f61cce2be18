// The optimizer's summary of per-draw values: mean, sd and five quantiles.
import { describe, expect, it } from 'vitest';
import { distribution } from '../../src/core/stats';

describe('distribution', () => {
  it('0..100 shuffled: exact quantiles and sd', () => {
    const v = Array.from({ length: 101 }, (_, i) => (i * 37) % 101);
    const d = distribution(v);
    expect(d.mean).toBe(50);
    // sd of 0..100 with n - 1: sqrt(101 * 102 / 12) = 29.3002...
    expect(d.sd).toBeCloseTo(Math.sqrt((101 * 102) / 12), 12);
    expect(d.q03).toBeCloseTo(3, 12);
    expect([d.q25, d.q50, d.q75]).toEqual([25, 50, 75]);
    expect(d.q97).toBeCloseTo(97, 12);
  });
  it('a single draw has sd 0 and every quantile equal to it', () => {
    expect(distribution([4])).toEqual({ mean: 4, sd: 0, q03: 4, q25: 4, q50: 4, q75: 4, q97: 4 });
  });
  it('no draws: NaN throughout, sd 0', () => {
    const d = distribution([]);
    expect(d.mean).toBeNaN();
    expect(d.q50).toBeNaN();
    expect(d.sd).toBe(0);
  });
});
