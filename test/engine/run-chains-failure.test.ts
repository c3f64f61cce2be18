// runChains with a scripted host: one failing chain cancels the others, and the rejection names it.
import { expect, it } from 'vitest';
import { runChains } from '../../src/core/engine/run-chains';
import { STAT_NAMES, type ChainResult, type Host } from '../../src/core/engine/types';
import { SMALL, quickConfig } from './helpers';

const empty = (chain: number): ChainResult => ({
  chain,
  dim: 1,
  draws: new Float64Array(0),
  stats: Object.fromEntries(STAT_NAMES.map((s) => [s, new Float64Array(0)])) as ChainResult['stats'],
  stepSize: 1,
  metric: new Float64Array(1),
  gradients: 0,
  seconds: 0,
  completedDraws: 0,
});

it('a failing chain aborts the others, waits for them, and rejects naming the failing chain', async () => {
  const stopped: number[] = [];
  const host: Host = {
    async runChain(_setup, _config, chain, _onProgress, signal) {
      if (chain === 2) {
        await new Promise((r) => setTimeout(r, 10));
        throw new Error('samplerInit failed: no finite initial value after 100 tries');
      }
      // The others would run for ever: they end only when told to.
      await new Promise((r) => signal!.addEventListener('abort', r));
      stopped.push(chain);
      return empty(chain);
    },
    close() {},
  };
  await expect(runChains(SMALL, quickConfig({ chains: 4 }), { host })).rejects.toThrow(
    'chain 2 failed: samplerInit failed: no finite initial value after 100 tries',
  );
  expect(stopped.sort()).toEqual([0, 1, 3]);
});

it('a host that throws synchronously fails only through the returned promise', async () => {
  const host: Host = {
    runChain() {
      throw new Error('no workers available');
    },
    close() {},
  };
  await expect(runChains(SMALL, quickConfig({ chains: 2 }), { host })).rejects.toThrow('chain 0 failed: no workers available');
});
