// Dual averaging drives the acceptance statistic to its target (delta).
import { expect, it } from 'vitest';
import { TARGETS, chains, config, instance, pooledMean } from './helpers';

it('converges on a deterministic acceptance curve to the step size with accept = delta', async () => {
  // accept(eps) = exp(-eps^2 / s) has accept = delta at eps* = sqrt(-s log delta).
  const w = await instance();
  for (const [delta, s] of [[0.8, 1], [0.65, 0.01], [0.95, 100]]) {
    const eps = w.testDualAveraging(delta, s, 5000);
    expect(Math.abs(eps / Math.sqrt(-s * Math.log(delta)) - 1), `delta ${delta}`).toBeLessThan(0.02);
  }
});

it('tunes a NUTS chain on a Gaussian so the mean accept_stat is near delta', async () => {
  // With the adapted step size (exp of the averaged iterate) Stan's accept_stat runs at or somewhat above
  // delta on Gaussians; a higher delta must give a smaller step and higher acceptance.
  const lo = await chains({ target: TARGETS.eightSchools }, config({ targetAccept: 0.6, draws: 500 }));
  const hi = await chains({ target: TARGETS.eightSchools }, config({ targetAccept: 0.95, draws: 500 }));
  const accLo = pooledMean([lo[0].stats.accept_stat]);
  const accHi = pooledMean([hi[0].stats.accept_stat]);
  expect(accLo).toBeGreaterThan(0.5);
  expect(accLo).toBeLessThan(0.85);
  expect(accHi).toBeGreaterThan(0.9);
  expect(hi[0].stepSize).toBeLessThan(lo[0].stepSize);
});
