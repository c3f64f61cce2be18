// The RNG stream depends only on (seed, chain): identical bytes on re-runs, different draws per chain.
import { expect, it } from 'vitest';
import type { ChainResult } from '../../src/core/engine/types';
import { TARGETS, chains, config } from './helpers';

function bytes(r: ChainResult): string {
  const arrays = [r.draws, r.metric, ...Object.values(r.stats)];
  return [r.stepSize, r.gradients, ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex'))].join('|');
}

it('gives bit-identical draws and stats for the same seed and chain', async () => {
  const cfg = config({ chains: 2, warmup: 200, draws: 200 });
  const a = await chains({ target: TARGETS.eightSchools }, cfg);
  const b = await chains({ target: TARGETS.eightSchools }, cfg);
  expect(bytes(b[0])).toBe(bytes(a[0]));
  expect(bytes(b[1])).toBe(bytes(a[1]));
  expect(a[1].draws).not.toEqual(a[0].draws);
});

it('gives different draws for a different seed', async () => {
  const [a] = await chains({ target: TARGETS.correlated }, config({ warmup: 50, draws: 50 }));
  const [b] = await chains({ target: TARGETS.correlated }, config({ warmup: 50, draws: 50, seed: 1 }));
  expect(b.draws).not.toEqual(a.draws);
});
