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

describe('the family stream', () => {
  it('is mulberry32, pinned bit for bit (the demo dataset and its README figures are drawn from it)', () => {
    const r = createRng(1);
    expect([r.next(), r.next(), r.uniform(2, 4), r.int(1, 6), r.normal(10, 2)])
      .toEqual([0.18967728852294385, 0.31778763560578227, 3.5661616190336645, 4, 8.536147038793853]);
  });
  it('different seeds, different streams; a seed is taken mod 2^32', () => {
    expect(createRng(1).next()).not.toBe(createRng(2).next());
    expect(createRng(2 ** 32 + 5).next()).toBe(createRng(5).next());
  });
  it('int covers lo..hi inclusive', () => {
    const r = createRng(4);
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  // Moments of the bound samplers. N = 20000 draws; 4 Monte Carlo standard errors (sqrt(var / N) for a mean):
  // a correct sampler fails a check with probability < 1e-4, and the seeds are fixed, so the outcome is too.
  const N = 20000;
  const meanOf = (draw: () => number) => {
    let s = 0;
    for (let i = 0; i < N; i++) s += draw();
    return s / N;
  };
  it('gamma(shape, rate): mean shape / rate, sd of the mean sqrt(shape) / (rate sqrt(N))', () => {
    const r = createRng(6);
    for (const [shape, rate] of [[0.5, 2], [4, 0.5]]) {
      expect(Math.abs(meanOf(() => r.gamma(shape, rate)) - shape / rate)).toBeLessThan((4 * Math.sqrt(shape)) / rate / Math.sqrt(N));
    }
  });
  it('beta(a, b): mean a / (a + b), variance ab / ((a + b)^2 (a + b + 1))', () => {
    const r = createRng(7);
    const [a, b] = [2, 5];
    const v = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(Math.abs(meanOf(() => r.beta(a, b)) - a / (a + b))).toBeLessThan(4 * Math.sqrt(v / N));
  });
  it('studentT(nu): mean 0, variance nu / (nu - 2)', () => {
    const r = createRng(8);
    const nu = 6;
    const x = Float64Array.from({ length: N }, () => r.studentT(nu));
    let m = 0;
    for (const v of x) m += v / N;
    let ss = 0;
    for (const v of x) ss += (v - m) ** 2;
    const variance = nu / (nu - 2);
    // se of the sample variance: sqrt((mu4 - var^2) / N), mu4 = 3 nu^2 / ((nu - 2)(nu - 4)) for nu > 4.
    const mu4 = (3 * nu * nu) / ((nu - 2) * (nu - 4));
    expect(Math.abs(m)).toBeLessThan(4 * Math.sqrt(variance / N));
    expect(Math.abs(ss / (N - 1) - variance)).toBeLessThan(4 * Math.sqrt((mu4 - variance ** 2) / N));
  });
});
