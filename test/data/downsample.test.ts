import { describe, expect, it } from 'vitest';
import { bucketsFor, extremaIndices } from '../../src/ui/data/downsample';

describe('extremaIndices', () => {
  it('keeps every index of a short series', () => {
    expect(extremaIndices([3, 1, 2], 10)).toEqual([0, 1, 2]);
  });
  it('keeps first, last, lowest and highest of each bucket, in order', () => {
    const v = Array.from({ length: 1000 }, (_, i) => (i === 123 ? 50 : i === 877 ? -50 : Math.sin(i / 10)));
    const idx = extremaIndices(v, 10);
    expect(idx.length).toBeLessThanOrEqual(40);
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    expect(idx).toContain(123);
    expect(idx).toContain(877);
    expect(idx[0]).toBe(0);
    expect(idx[idx.length - 1]).toBe(999);
  });
  it('budgets points across series', () => {
    expect(bucketsFor(199)).toBe(75);
    expect(bucketsFor(1000)).toBe(50);
    expect(bucketsFor(2)).toBe(7500);
  });
});
