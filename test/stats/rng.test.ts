// The seeded RNG: reproducible, and its Normal and Gamma draws have the right moments.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/stats';

describe('createRng', () => {
  it('same seed, same stream', () => {
    const a = createRng(42), b = createRng(42);
    for (let i = 0; i < 10; i++) expect(a.normal()).toBe(b.normal());
  });

  it('normal draws: mean 0, variance 1', () => {
    const r = createRng(1);
    const n = 20000;
    const xs = Array.from({ length: n }, () => r.normal());
    const m = xs.reduce((a, b) => a + b) / n;
    const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1);
    // 4 standard errors: 4/sqrt(n) = 0.028 for the mean, 4*sqrt(2/n) = 0.04 for the variance.
    expect(Math.abs(m)).toBeLessThan(0.028);
    expect(Math.abs(v - 1)).toBeLessThan(0.04);
  });

  it('gamma draws have mean = shape (shapes below and above 1)', () => {
    const r = createRng(2);
    for (const shape of [0.5, 2.5]) {
      const n = 20000;
      const m = Array.from({ length: n }, () => r.gamma(shape)).reduce((a, b) => a + b) / n;
      // sd of the mean sqrt(shape / n); 4 of them.
      expect(Math.abs(m - shape)).toBeLessThan(4 * Math.sqrt(shape / n));
    }
  });

  it('uniform draws lie strictly inside (0, 1)', () => {
    const r = createRng(3);
    for (let i = 0; i < 1000; i++) {
      const u = r.uniform();
      expect(u).toBeGreaterThan(0);
      expect(u).toBeLessThan(1);
    }
  });
});
