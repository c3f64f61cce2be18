// Histogram bins of a scalar's draws.
import { describe, expect, it } from 'vitest';
import { histogram } from '../../src/core/stats';

describe('histogram', () => {
  it('bins every finite draw once', () => {
    const v = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 10);
    const h = histogram([...v, NaN], 20);
    expect(h.reduce((a, b) => a + b.count, 0)).toBe(1000);
    expect(h[0].x0).toBeLessThanOrEqual(Math.min(...v));
  });
  it('collapses a constant to one bin and an empty input to none', () => {
    expect(histogram([2, 2, 2])).toEqual([{ x0: 2, x1: 2, count: 3 }]);
    expect(histogram([])).toEqual([]);
  });
});
