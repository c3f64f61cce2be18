// Windowed metric adaptation learns the scales of an ill-conditioned target.
import { expect, it } from 'vitest';
import { TARGETS, chains, config } from './helpers';

it('adapts the inverse metric to the (regularised) true variances, 100-d, sd 1e-3 .. 1e3', async () => {
  // The metric is Stan's regularised variance of the last slow window (n = 500 draws, iterations 451-950):
  // n/(n+5) var + 1e-3 * 5/(n+5). The shrinkage term (~1e-5) dominates the smallest variances (1e-6), so
  // the estimate is compared to that regularised truth. Across seeds the relative error per coordinate is
  // unbiased with sd ~0.09-0.10 (ESS of x^2 ~ 200 of 500 draws), so the largest of 100 is typically ~0.28:
  // a per-coordinate 20% bound would fail for most seeds. We bound the RMS error (expected ~0.095) by 0.2,
  // every coordinate by 0.45 (~4.5 sd), and the mean signed error (SE ~0.01) by 0.05 (no systematic bias).
  const [r] = await chains({ target: TARGETS.illScaled }, config({ draws: 10 }));
  const n = 500;
  const rel: number[] = [];
  for (let j = 0; j < 100; j++) {
    const variance = 10 ** (2 * (-3 + (6 * j) / 99));
    const target = (n / (n + 5)) * variance + 1e-3 * (5 / (n + 5));
    rel.push(r.metric[j] / target - 1);
    expect(Math.abs(rel[j]), `metric[${j}] = ${r.metric[j]} vs ${target}`).toBeLessThan(0.45);
  }
  const rms = Math.sqrt(rel.reduce((a, e) => a + e * e, 0) / rel.length);
  const bias = rel.reduce((a, e) => a + e, 0) / rel.length;
  expect(rms).toBeLessThan(0.2);
  expect(Math.abs(bias)).toBeLessThan(0.05);
});

it('keeps the unit metric when warmup < 20 (Stan does no variance estimation then)', async () => {
  const [r] = await chains({ target: TARGETS.correlated }, config({ warmup: 19, draws: 5 }));
  expect(Array.from(r.metric)).toEqual([1, 1]);
});

it('adapts the metric with a short warmup using the 15%/75%/10% schedule', async () => {
  // warmup 100 < 75 + 25 + 50: one window of 75 draws (iterations 16-90). Unit variances, so the estimate
  // (relative sd ~ sqrt(2/ESS), ESS >= ~20 here) lands well inside [0.3, 3] but is no longer exactly 1.
  const [r] = await chains({ target: TARGETS.correlated }, config({ warmup: 100, draws: 5 }));
  for (const m of r.metric) {
    expect(m).not.toBe(1);
    expect(m).toBeGreaterThan(0.3);
    expect(m).toBeLessThan(3);
  }
});
