// The sampler's RNG: a deterministic function of (seed, chain), uniform and normal to statistical precision.
import { expect, it } from 'vitest';
import { instance } from './helpers';

async function draws(seed: number, chain: number, n: number, normal: boolean): Promise<Float64Array> {
  const w = await instance();
  const out = w.allocF64(n);
  w.testRng(seed, chain, n, out, normal ? 1 : 0);
  return new Float64Array(w.memory.buffer, out, n).slice();
}

it('is reproducible per (seed, chain) and distinct across chains and seeds', async () => {
  expect(await draws(7, 0, 100, false)).toEqual(await draws(7, 0, 100, false));
  expect(await draws(7, 1, 100, false)).not.toEqual(await draws(7, 0, 100, false));
  expect(await draws(8, 0, 100, false)).not.toEqual(await draws(7, 0, 100, false));
});

it('gives uniforms in [0, 1) and standard normals with the right first moments', async () => {
  const n = 200_000;
  const u = await draws(3, 2, n, false);
  expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
  // Mean of n uniforms has sd 1/sqrt(12 n) = 6.5e-4; 4 sd = 2.6e-3.
  expect(Math.abs(u.reduce((a, b) => a + b, 0) / n - 0.5)).toBeLessThan(2.6e-3);
  const z = await draws(3, 2, n, true);
  const m = z.reduce((a, b) => a + b, 0) / n;
  const v = z.reduce((a, b) => a + b * b, 0) / n;
  const k = z.reduce((a, b) => a + b ** 4, 0) / n;
  // sd of the mean 1/sqrt(n) = 2.2e-3, of E[z^2] sqrt(2/n) = 3.2e-3, of E[z^4] sqrt(96/n) = 2.2e-2: 4 sd bounds.
  expect(Math.abs(m)).toBeLessThan(9e-3);
  expect(Math.abs(v - 1)).toBeLessThan(1.3e-2);
  expect(Math.abs(k - 3)).toBeLessThan(8.8e-2);
});
