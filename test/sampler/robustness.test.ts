// Hard geometry and non-finite densities: divergences are counted, draws stay finite, nothing throws.
import { expect, it } from 'vitest';
import { loadWasmModule } from '../../src/core/engine/wasm-load';
import { runChain } from '../../src/core/engine/chain-inline';
import { TARGETS, chains, config } from './helpers';

it("samples Neal's funnel to completion, reporting divergences and only finite draws", async () => {
  const [r] = await chains({ target: TARGETS.funnel }, config());
  expect(r.completedDraws).toBe(1000);
  expect(r.draws.every(Number.isFinite)).toBe(true);
  const divergent = r.stats.divergent.reduce((a, b) => a + b, 0);
  expect(divergent).toBeGreaterThan(0);
  for (const name of Object.keys(r.stats) as (keyof typeof r.stats)[]) {
    expect(r.stats[name].every(Number.isFinite), name).toBe(true);
  }
});

it('treats -inf density / NaN gradient regions as divergent and never leaves the support', async () => {
  // Target 5: standard normal on q0 < 1; the edge is hit often (P(q0 > 1) = 16% untruncated).
  const [r] = await chains({ target: TARGETS.halfPlane }, config({ warmup: 300, draws: 500 }));
  expect(r.completedDraws).toBe(500);
  expect(r.draws.every(Number.isFinite)).toBe(true);
  for (let i = 0; i < r.completedDraws; i++) expect(r.draws[2 * i]).toBeLessThan(1);
  expect(r.stats.divergent.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  expect(r.stats.lp.every(Number.isFinite)).toBe(true);
  expect(r.stats.energy.every(Number.isFinite)).toBe(true);
  expect(r.stats.accept_stat.every((a) => a >= 0 && a <= 1)).toBe(true);
});

it('fails init with a clear error when the density is nowhere finite', async () => {
  await expect(chains({ target: TARGETS.nowhere }, config({ warmup: 10, draws: 10 }))).rejects.toThrow(
    /no finite initial value after 100 tries/,
  );
});

it('rejects an unknown target and a bad config with specific messages', async () => {
  const module = await loadWasmModule();
  await expect(runChain(module, { target: 999 }, config(), 0)).rejects.toThrow(/setTarget\(999\) failed/);
  await expect(runChain(module, { target: 2 }, config({ warmup: -1 }), 0)).rejects.toThrow(/FitConfig.warmup/);
  await expect(runChain(module, { target: 2 }, config({ targetAccept: 1 }), 0)).rejects.toThrow(
    /FitConfig.targetAccept/,
  );
});

it('respects maxDepth: tree depth never exceeds it and n_leapfrog <= 2^depth - 1', async () => {
  const [r] = await chains({ target: TARGETS.correlated }, config({ warmup: 200, draws: 300, maxDepth: 3 }));
  for (let i = 0; i < r.completedDraws; i++) {
    const d = r.stats.treedepth[i];
    expect(d).toBeLessThanOrEqual(3);
    expect(r.stats.n_leapfrog[i]).toBeLessThanOrEqual(2 ** Math.max(d, 1) * 2 - 1);
  }
  expect(r.stats.treedepth.some((d) => d === 3)).toBe(true);
});
