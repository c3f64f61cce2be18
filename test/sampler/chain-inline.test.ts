// The single-chain driver: progress reporting, cancellation between slices, result shapes, user inits.
import { expect, it } from 'vitest';
import { loadWasmModule, instantiateWasm } from '../../src/core/engine/wasm-load';
import { runChain } from '../../src/core/engine/chain-inline';
import type { ChainProgress } from '../../src/core/engine/types';
import { STAT_NAMES } from '../../src/core/engine/types';
import { TARGETS, config } from './helpers';

it('reports progress through warmup and sampling and returns complete results', async () => {
  const module = await loadWasmModule();
  const events: ChainProgress[] = [];
  const cfg = config({ warmup: 300, draws: 200 });
  const r = await runChain(module, { target: TARGETS.eightSchools }, cfg, 3, { onProgress: (p) => events.push(p) });
  expect(events.length).toBeGreaterThan(1);
  const last = events[events.length - 1];
  expect(last).toMatchObject({ chain: 3, iteration: 500, total: 500, phase: 'sampling', done: true });
  for (let i = 1; i < events.length; i++) expect(events[i].iteration).toBeGreaterThanOrEqual(events[i - 1].iteration);
  expect(events.some((e) => e.phase === 'warmup')).toBe(true);
  expect(r).toMatchObject({ chain: 3, dim: 10, completedDraws: 200 });
  expect(r.draws.length).toBe(200 * 10);
  for (const name of STAT_NAMES) expect(r.stats[name].length).toBe(200);
  expect(r.metric.length).toBe(10);
  expect(r.stepSize).toBeGreaterThan(0);
  // At least one gradient per leapfrog of the sampling phase, plus warmup and init work.
  expect(r.gradients).toBeGreaterThan(r.stats.n_leapfrog.reduce((a, b) => a + b, 0));
  expect(r.stats.stepsize.every((e) => e === r.stepSize)).toBe(true);
});

it('stops between slices when cancelled and returns the sampling draws done so far', async () => {
  const module = await loadWasmModule();
  let sampling = 0;
  const r = await runChain(module, { target: TARGETS.illScaled }, config({ warmup: 50, draws: 100_000 }), 0, {
    onProgress: (p) => p.phase === 'sampling' && sampling++,
    isCancelled: () => sampling >= 2,
    yieldToEventLoop: true,
  });
  expect(r.completedDraws).toBeGreaterThan(0);
  expect(r.completedDraws).toBeLessThan(100_000);
  expect(r.draws.length).toBe(r.completedDraws * 100);
  expect(r.stats.lp.length).toBe(r.completedDraws);
  expect(r.draws.every(Number.isFinite)).toBe(true);
});

it('cancelled before the first slice returns no draws', async () => {
  const module = await loadWasmModule();
  const r = await runChain(module, { target: TARGETS.correlated }, config(), 0, { isCancelled: () => true });
  expect(r.completedDraws).toBe(0);
  expect(r.draws.length).toBe(0);
});

it('starts from host-provided inits with samplerSetInit', async () => {
  const w = await instantiateWasm(await loadWasmModule());
  w.setTarget(TARGETS.correlated, 0, 0);
  expect(w.samplerInit(1, 0, 0, 1, 0.8, 10)).toBe(0);
  const init = w.allocF64(2);
  new Float64Array(w.memory.buffer, init, 2).set([0.5, 0.4]);
  w.samplerSetInit(init);
  // maxIterations 0: nothing runs; the draws buffer still holds zeros, the chain state holds the init.
  expect(w.samplerRun(0)).toBe(0);
  expect(w.samplerRun(1)).toBe(1);
  const draw = new Float64Array(w.memory.buffer, w.samplerDrawsPtr(), 2);
  // One NUTS transition from (0.5, 0.4) on a rho = 0.99 Gaussian stays on the ridge near the init.
  expect(Math.abs(draw[0] - draw[1])).toBeLessThan(1);
  expect(w.samplerIteration()).toBe(1);
  expect(w.samplerDim()).toBe(2);
});

it('without a target, samplerInit returns -2', async () => {
  const w = await instantiateWasm(await loadWasmModule());
  expect(w.samplerInit(1, 0, 10, 10, 0.8, 10)).toBe(-2);
});

it('refuses to sample from a non-finite host init instead of producing NaN draws', async () => {
  const w = await instantiateWasm(await loadWasmModule());
  w.setTarget(TARGETS.halfPlane, 0, 0);
  expect(w.samplerInit(1, 0, 10, 10, 0.8, 10)).toBe(0);
  const init = w.allocF64(2);
  new Float64Array(w.memory.buffer, init, 2).set([2, 0]); // outside the support q0 < 1
  w.samplerSetInit(init);
  expect(w.samplerRun(5)).toBe(0);
});
