// Seeded samplers, one per distribution: mean and variance against the analytic values.
import { describe, expect, test } from 'vitest';
import {
  createRng, type Rng,
  normalCdf, normalQuantile, sampleBeta, sampleGamma, sampleHalfNormal, sampleLaplace, sampleLogNormal, sampleNormal,
  sampleStudentT, sampleTruncatedNormal,
} from '../../src/core/stats';

const N = 20000;

/**
 * Checks the sample mean and variance against the analytic ones within 4 Monte Carlo standard errors:
 * se(mean) = sqrt(var / N); se(sample variance) = sqrt((mu4 - var^2) / N) with mu4 the 4th central moment
 * (analytic, passed in). Four se: a correct sampler fails with probability < 1e-4 per check, and the seed is fixed.
 */
function checkMoments(draw: (r: Rng) => number, mean: number, variance: number, mu4: number, seed = 42): void {
  const rng = createRng(seed);
  const x = Float64Array.from({ length: N }, () => draw(rng));
  const m = x.reduce((a, b) => a + b, 0) / N;
  const v = x.reduce((a, b) => a + (b - m) ** 2, 0) / (N - 1);
  expect(x.every(Number.isFinite)).toBe(true);
  expect(Math.abs(m - mean)).toBeLessThan(4 * Math.sqrt(variance / N));
  expect(Math.abs(v - variance)).toBeLessThan(4 * Math.sqrt((mu4 - variance ** 2) / N));
}

describe('prior samplers: mean and variance (N = 20000, 4 Monte Carlo standard errors)', () => {
  test('Normal(1, 2)', () => checkMoments((r) => sampleNormal(r, 1, 2), 1, 4, 3 * 16));
  test('HalfNormal(2): mean s sqrt(2/pi), var s^2 (1 - 2/pi)', () => {
    const s = 2, m = s * Math.sqrt(2 / Math.PI), v = s * s * (1 - 2 / Math.PI);
    // 4th central moment from the raw moments E x^k = s^k (sqrt(2/pi), 1, 2 sqrt(2/pi), 3).
    const e1 = m, e2 = s ** 2, e3 = 2 * s ** 3 * Math.sqrt(2 / Math.PI), e4 = 3 * s ** 4;
    checkMoments((r) => sampleHalfNormal(r, s), m, v, e4 - 4 * e1 * e3 + 6 * e1 ** 2 * e2 - 3 * e1 ** 4);
  });
  test('LogNormal(0.3, 0.5)', () => {
    const mu = 0.3, s = 0.5, w = Math.exp(s * s);
    const m = Math.exp(mu + s * s / 2), v = (w - 1) * m * m;
    // Excess kurtosis w^4 + 2w^3 + 3w^2 - 6, so mu4 = v^2 (w^4 + 2w^3 + 3w^2 - 3).
    checkMoments((r) => sampleLogNormal(r, mu, s), m, v, v * v * (w ** 4 + 2 * w ** 3 + 3 * w * w - 3));
  });
  for (const [a, b] of [[3, 1], [0.5, 2], [2, 0.1]]) {
    test(`Gamma(${a}, rate ${b}) (shape < 1 through the boost)`, () => {
      const v = a / b ** 2;
      checkMoments((r) => sampleGamma(r, a, b), a / b, v, v * v * (3 + 6 / a));
    });
  }
  for (const [a, b] of [[1, 3], [2, 5], [0.7, 0.7]]) {
    test(`Beta(${a}, ${b})`, () => {
      const m = a / (a + b), v = (a * b) / ((a + b) ** 2 * (a + b + 1));
      const exKurt = (6 * ((a - b) ** 2 * (a + b + 1) - a * b * (a + b + 2))) / (a * b * (a + b + 2) * (a + b + 3));
      checkMoments((r) => sampleBeta(r, a, b), m, v, v * v * (exKurt + 3));
    });
  }
  test('Laplace(0.5, 1.5): var 2b^2, mu4 24b^4', () => {
    checkMoments((r) => sampleLaplace(r, 0.5, 1.5), 0.5, 2 * 1.5 ** 2, 24 * 1.5 ** 4);
  });
  test('Student-t(nu = 10): var nu/(nu-2), mu4 3 nu^2 / ((nu-2)(nu-4))', () => {
    checkMoments((r) => sampleStudentT(r, 10), 0, 10 / 8, (3 * 100) / (8 * 6));
  });
  test('TruncatedNormal(0, 1) on [-1, 2], on [2, inf) and far in a tail', () => {
    // Moments of a truncated standard Normal on [a, b] from phi and Phi: E x^k by the recurrence
    // E x^k = (k-1) E x^(k-2) - (b^(k-1) phi(b) - a^(k-1) phi(a)) / Z.
    const phi = (x: number) => (Number.isFinite(x) ? Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) : 0);
    const pw = (x: number, k: number) => (Number.isFinite(x) ? x ** k : 0);
    const moments = (a: number, b: number) => {
      const Z = normalCdf(b) - normalCdf(a);
      const e = [1];
      e[1] = -(phi(b) - phi(a)) / Z;
      for (let k = 2; k <= 4; k++) e[k] = (k - 1) * e[k - 2] - (pw(b, k - 1) * phi(b) - pw(a, k - 1) * phi(a)) / Z;
      const m = e[1], v = e[2] - m * m;
      return { m, v, mu4: e[4] - 4 * m * e[3] + 6 * m * m * e[2] - 3 * m ** 4 };
    };
    for (const [a, b] of [[-1, 2], [2, Infinity], [-Infinity, -1]]) {
      const { m, v, mu4 } = moments(a, b);
      checkMoments((r) => sampleTruncatedNormal(r, 0, 1, a, b), m, v, mu4);
    }
    // Scaled and shifted: TruncatedNormal(3, 2) on [4, 6] is 3 + 2 * standard on [0.5, 1.5].
    const s = moments(0.5, 1.5);
    checkMoments((r) => sampleTruncatedNormal(r, 3, 2, 4, 6), 3 + 2 * s.m, 4 * s.v, 16 * s.mu4);
    // 9 sd out, every draw stays in the interval.
    const rng = createRng(5);
    for (let i = 0; i < 1000; i++) {
      const x = sampleTruncatedNormal(rng, 0, 1, 9, 10);
      expect(x >= 9 && x <= 10).toBe(true);
    }
  });
  test('the Normal quantile inverts the CDF', () => {
    for (const p of [1e-10, 0.001, 0.03, 0.5, 0.9, 0.999]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 6);
  });
});
