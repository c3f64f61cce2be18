// Eight schools (non-centred) against posteriordb's reference posterior for eight_schools_noncentered.
import { expect, it } from 'vitest';
import { mcseSd } from '../../src/core/diagnostics';
import { TARGETS, chains, column, config, mcse, pooledMean } from './helpers';

// Reference values (posteriordb eight_schools-eight_schools_noncentered, 10k reference draws), rounded to
// 0.1: the rounding (<= 0.05) and the reference's own Monte Carlo error (~0.03) are added to 4 MCSE.
const REF = { muMean: 4.4, muSd: 3.3, tauMean: 3.6, tauSd: 3.2 };
const SLACK = 0.05 + 0.03;

function sd(cs: Float64Array[]): number {
  const m = pooledMean(cs);
  return Math.sqrt(pooledMean(cs.map((c) => c.map((x) => (x - m) ** 2))));
}

it('matches the reference mean and sd of mu and tau within 4 MCSE', async () => {
  const rs = await chains({ target: TARGETS.eightSchools }, config({ chains: 4 }));
  const mu = column(rs, 0);
  const tau = column(rs, 1, Math.exp);
  expect(Math.abs(pooledMean(mu) - REF.muMean)).toBeLessThan(4 * mcse(mu) + SLACK);
  expect(Math.abs(pooledMean(tau) - REF.tauMean)).toBeLessThan(4 * mcse(tau) + SLACK);
  expect(Math.abs(sd(mu) - REF.muSd)).toBeLessThan(4 * mcseSd(mu) + SLACK);
  expect(Math.abs(sd(tau) - REF.tauSd)).toBeLessThan(4 * mcseSd(tau) + SLACK);
  // The non-centred parameterisation has no funnel: a healthy sampler reports (almost) no divergences.
  const div = rs.reduce((n, r) => n + r.stats.divergent.reduce((a, b) => a + b, 0), 0);
  expect(div).toBeLessThan(20);
});
