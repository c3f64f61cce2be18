// Cancellation through an AbortSignal: every chain stops promptly and returns the finite draws it has.
import { afterAll, describe, expect, it } from 'vitest';
import { runChains } from '../../src/core/engine/run-chains';
import { createInlineHost } from '../../src/core/engine/inline-host';
import { createNodeHost } from '../../src/core/engine/node-host';
import type { ChainProgress, Host } from '../../src/core/engine/types';
import { SMALL, quickConfig } from './helpers';

const nodeHost = createNodeHost();
afterAll(() => nodeHost.close());

// Far more draws than could finish before the abort lands (one slice after the first sampling event).
const config = quickConfig({ chains: 2, warmup: 100, draws: 200_000 });

describe.each<[string, Host]>([
  ['inline host', createInlineHost()],
  ['Node host', nodeHost],
])('on the %s', (_name, host) => {
  it('aborting during sampling resolves with cancelled: true and the finite draws so far', async () => {
    const controller = new AbortController();
    const onProgress = (p: ChainProgress) => {
      if (p.phase === 'sampling') controller.abort();
    };
    const run = await runChains(SMALL, config, { host, onProgress, signal: controller.signal });
    expect(run.cancelled).toBe(true);
    expect(run.chains).toHaveLength(2);
    for (const c of run.chains) {
      expect(c.completedDraws).toBeLessThan(config.draws);
      expect(c.draws.length).toBe(c.completedDraws * c.dim);
      expect(c.stats.lp.length).toBe(c.completedDraws);
      expect(c.draws.every(Number.isFinite)).toBe(true);
    }
  });

  it('an already-aborted signal returns at once with cancelled: true', async () => {
    const run = await runChains(SMALL, config, { host, signal: AbortSignal.abort() });
    expect(run.cancelled).toBe(true);
    for (const c of run.chains) expect(c.completedDraws).toBeLessThan(config.draws);
  });
});

it('the Node host is reusable after a cancelled run', async () => {
  const run = await runChains(SMALL, quickConfig({ chains: 2 }), { host: nodeHost });
  expect(run.cancelled).toBe(false);
  expect(run.chains.every((c) => c.completedDraws === 100)).toBe(true);
});
