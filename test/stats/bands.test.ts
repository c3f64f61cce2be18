// Quantile bands from per-draw arrays at any credible level.
import { describe, expect, it } from 'vitest';
import { bandAt, quantileAt, scalarInterval, sortColumns, sortScalar } from '../../src/core/stats';

// 101 draws x 3 periods: period t holds the values 0..100 shuffled, plus 1000 t, so quantiles are exact.
const D = 101;
const perDraw = Array.from({ length: D }, (_, d) => Float64Array.from([0, 1, 2], (t) => ((d * 37) % D) + 1000 * t));

describe('sortColumns / bandAt', () => {
  const cols = sortColumns(perDraw);
  it('gives per-period means and exact quantiles', () => {
    expect(cols.mean).toEqual([50, 1050, 2050]);
    const b94 = bandAt(cols, 0.94);
    // (D - 1) * 0.03 = 3 up to rounding, so compare to 1e-9.
    [3, 1003, 2003].forEach((v, t) => expect(b94.lower[t]).toBeCloseTo(v, 9));
    [97, 1097, 2097].forEach((v, t) => expect(b94.upper[t]).toBeCloseTo(v, 9));
    const b50 = bandAt(cols, 0.5);
    expect(b50.lower).toEqual([25, 1025, 2025]);
    expect(b50.upper).toEqual([75, 1075, 2075]);
    expect(quantileAt(cols, 0.5)).toEqual([50, 1050, 2050]);
  });
  it('bands nest as the level grows', () => {
    const a = bandAt(cols, 0.5), b = bandAt(cols, 0.8), c = bandAt(cols, 0.99);
    for (let t = 0; t < 3; t++) {
      expect(a.lower[t]).toBeGreaterThanOrEqual(b.lower[t]);
      expect(b.lower[t]).toBeGreaterThanOrEqual(c.lower[t]);
      expect(a.upper[t]).toBeLessThanOrEqual(b.upper[t]);
    }
  });
  it('rejects levels outside (0, 1)', () => {
    expect(() => bandAt(cols, 94)).toThrow(/credible level/);
    expect(() => bandAt(cols, 0)).toThrow(/credible level/);
  });
  it('handles no draws without NaN surprises', () => {
    expect(sortColumns([]).sorted).toEqual([]);
  });
});

describe('scalar intervals', () => {
  it('interpolates like R type 7', () => {
    const s = sortScalar([4, 1, 3, 2]);
    const ci = scalarInterval(s, 0.5);
    expect(ci.mean).toBe(2.5);
    expect(ci.median).toBe(2.5);
    expect(ci.lower).toBeCloseTo(1.75, 12);
    expect(ci.upper).toBeCloseTo(3.25, 12);
  });
});
