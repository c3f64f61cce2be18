// Type-7 quantiles (R's default, numpy's linear, posterior's quantile2): edge semantics pinned.
import { describe, expect, it } from 'vitest';
import { quantile, quantileSorted, sortedCopy } from '../../src/core/stats';

describe('quantile', () => {
  it('interpolates linearly between order statistics (R: quantile(c(1, 2, 4, 8), 0.4) = 2.4)', () => {
    expect(quantile([8, 1, 4, 2], 0.4)).toBeCloseTo(2.4, 14);
    expect(quantile([8, 1, 4, 2], 0.5)).toBe(3);
  });
  it('p = 0 and p = 1 give the minimum and the maximum', () => {
    expect(quantile([3, -1, 7], 0)).toBe(-1);
    expect(quantile([3, -1, 7], 1)).toBe(7);
  });
  it('empty input gives NaN', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantileSorted([], 0)).toBeNaN();
  });
  it('a single value is every quantile', () => {
    for (const p of [0, 0.03, 0.5, 1]) expect(quantile([4.5], p)).toBe(4.5);
  });
  it('a NaN anywhere gives NaN (as R without na.rm); so does a NaN p', () => {
    expect(quantile([1, NaN, 3], 0.1)).toBeNaN();
    expect(quantileSorted(sortedCopy([NaN, 1, 3]), 0)).toBeNaN();
    expect(quantile([1, 2, 3], NaN)).toBeNaN();
  });
  it('p outside [0, 1] gives NaN', () => {
    expect(quantile([1, 2, 3], -0.01)).toBeNaN();
    expect(quantile([1, 2, 3], 1.01)).toBeNaN();
  });
  it('ties return the tied value exactly, infinite ones too', () => {
    expect(quantile([2, 2, 2, 5], 0.3)).toBe(2);
    expect(quantile([1, Infinity, Infinity], 0.75)).toBe(Infinity);
    expect(quantile([-Infinity, -Infinity, 0], 0.25)).toBe(-Infinity);
  });
  it('does not reorder its input', () => {
    const v = [3, 1, 2];
    quantile(v, 0.5);
    expect(v).toEqual([3, 1, 2]);
  });
  it('sortedCopy sorts numerically, NaN last', () => {
    expect(Array.from(sortedCopy([10, NaN, 9, -1]))).toEqual([-1, 9, 10, NaN]);
  });
});
