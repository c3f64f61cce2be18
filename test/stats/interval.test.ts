// Interval helpers: type-7 quantiles (as R and numpy), 94% and arbitrary credible levels, pointwise bands.
import { describe, expect, it } from 'vitest';
import { credibleInterval, interval, seriesInterval, quantileSorted as sortedQuantile } from '../../src/core/stats';

describe('intervals', () => {
  it('quantiles interpolate linearly (R type 7)', () => {
    const s = [1, 2, 3, 4, 5];
    expect(sortedQuantile(s, 0)).toBe(1);
    expect(sortedQuantile(s, 1)).toBe(5);
    expect(sortedQuantile(s, 0.5)).toBe(3);
    // quantile(1:5, 0.03) in R = 1.12
    expect(sortedQuantile(s, 0.03)).toBeCloseTo(1.12, 12);
    expect(sortedQuantile([], 0.5)).toBeNaN();
  });

  it('interval gives mean, 3% and 97% of unsorted values', () => {
    const v = Array.from({ length: 101 }, (_, i) => (i * 37) % 101);
    const iv = interval(v);
    expect(iv.mean).toBeCloseTo(50, 12);
    expect(iv.q03).toBeCloseTo(3, 12);
    expect(iv.q97).toBeCloseTo(97, 12);
  });

  it('credible levels from 50% to 99% nest', () => {
    const v = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * i);
    let prev = credibleInterval(v, 0.5);
    for (const level of [0.8, 0.9, 0.94, 0.99]) {
      const ci = credibleInterval(v, level);
      expect(ci.lower).toBeLessThanOrEqual(prev.lower);
      expect(ci.upper).toBeGreaterThanOrEqual(prev.upper);
      prev = ci;
    }
    expect(() => credibleInterval(v, 1)).toThrow(/between 0 and 1/);
  });

  it('seriesInterval works period by period', () => {
    const band = seriesInterval([[1, 10], [3, 30], [2, 20]], 0.5);
    expect(band.mean).toEqual([2, 20]);
    expect(band.lower[0]).toBeCloseTo(1.5, 12);
    expect(band.upper[1]).toBeCloseTo(25, 12);
  });
});

describe('interval edge cases', () => {
  it('a level outside (0, 1) is named in the error', () => {
    for (const level of [0, 1, -0.5, 94, NaN]) expect(() => credibleInterval([1, 2, 3], level)).toThrow(/credible level must be between 0 and 1/);
  });
  it('empty input: NaN mean and bounds, the level kept', () => {
    const ci = credibleInterval([], 0.9);
    expect(ci.mean).toBeNaN();
    expect(ci.lower).toBeNaN();
    expect(ci.upper).toBeNaN();
    expect(ci.level).toBe(0.9);
  });
  it('a single value is its own interval', () => {
    expect(interval([2.5])).toEqual({ mean: 2.5, q03: 2.5, q97: 2.5 });
  });
  it('a NaN draw makes every figure NaN rather than a silently shifted band', () => {
    const iv = interval([1, 2, NaN, 4]);
    expect(iv.mean).toBeNaN();
    expect(iv.q03).toBeNaN();
    expect(iv.q97).toBeNaN();
  });
  it('ties give a zero-width interval', () => {
    const ci = credibleInterval([3, 3, 3, 3], 0.5);
    expect([ci.lower, ci.upper]).toEqual([3, 3]);
  });
});
