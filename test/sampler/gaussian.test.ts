// Posterior recovery on Gaussian targets: means and variances within 4 Monte Carlo standard errors.
import { describe, expect, it } from 'vitest';
import { TARGETS, chains, column, config, mcse, pooledMean } from './helpers';

// Each check is a z-test at |z| < 4 (two-sided 6e-5 under a correct sampler); seeds are fixed so the
// outcome is deterministic, and a biased sampler (e.g. a wrong U-turn or acceptance rule) fails by many MCSE.
function expectMoments(cs: Float64Array[], mean: number, variance: number, name: string): void {
  const m = pooledMean(cs);
  expect(Math.abs(m - mean), `${name} mean ${m}`).toBeLessThan(4 * mcse(cs));
  // Variance about the known mean is the mean of (x - mean)^2, whose MCSE comes from the same estimator
  // (delta method: the plug-in mean's contribution is second order).
  const sq = cs.map((c) => c.map((x) => (x - mean) ** 2));
  const v = pooledMean(sq);
  expect(Math.abs(v - variance), `${name} variance ${v} vs ${variance}`).toBeLessThan(4 * mcse(sq));
}

describe('Gaussian targets', () => {
  it('recovers the 100-d ill-scaled Gaussian (sd 1e-3 .. 1e3) in every coordinate', async () => {
    const rs = await chains({ target: TARGETS.illScaled }, config({ chains: 2 }));
    for (let j = 0; j < 100; j++) {
      const sd = 10 ** (-3 + (6 * j) / 99);
      expectMoments(column(rs, j), 0, sd * sd, `x[${j}]`);
    }
    for (const r of rs) expect(r.stats.divergent.every((d) => d === 0)).toBe(true);
  });

  it('recovers the correlated 2-d Gaussian (rho 0.99) including the correlation', async () => {
    const rs = await chains({ target: TARGETS.correlated }, config({ chains: 4 }));
    expectMoments(column(rs, 0), 0, 1, 'x');
    expectMoments(column(rs, 1), 0, 1, 'y');
    const xy = rs.map((r) => {
      const out = new Float64Array(r.completedDraws);
      for (let i = 0; i < out.length; i++) out[i] = r.draws[2 * i] * r.draws[2 * i + 1];
      return out;
    });
    expect(Math.abs(pooledMean(xy) - 0.99)).toBeLessThan(4 * mcse(xy));
  });
});
