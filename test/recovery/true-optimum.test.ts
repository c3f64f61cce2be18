// The true optimum's solver on a problem with a known answer.
import { describe, expect, it } from 'vitest';
import { trueOptimum } from '../../src/core/recovery';

describe('trueOptimum', () => {
  it('finds the optimum of sum w_i sqrt(s_i) under a fixed total (s_i proportional to w_i^2)', () => {
    const w = [1, 2, 3];
    const names = ['a', 'b', 'c'];
    const f = (p: Record<string, number>) => names.reduce((s, n, i) => s + w[i] * Math.sqrt(p[n]), 0);
    const r = trueOptimum(f, { names, lo: [0, 0, 0], hi: [100, 100, 100], total: 140 }, [[40, 50, 50]]);
    expect(r.plan.a).toBeCloseTo(10, 3);
    expect(r.plan.b).toBeCloseTo(40, 3);
    expect(r.plan.c).toBeCloseTo(90, 3);
  });

  it('keeps the total and the bounds, stopping at a binding bound', () => {
    const names = ['a', 'b'];
    const f = (p: Record<string, number>) => 3 * p.a + p.b;
    const r = trueOptimum(f, { names, lo: [5, 5], hi: [15, 15], total: 20 }, [[10, 10]]);
    expect(r.plan.a).toBeCloseTo(15, 6);
    expect(r.plan.b).toBeCloseTo(5, 6);
    expect(r.value).toBeCloseTo(50, 6);
  });
});
