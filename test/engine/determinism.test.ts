// Same seed, same bytes: across two Node-host runs and between the calling thread and a worker.
import { afterAll, expect, it } from 'vitest';
import { runChains } from '../../src/core/engine/run-chains';
import { createInlineHost } from '../../src/core/engine/inline-host';
import { createNodeHost } from '../../src/core/engine/node-host';
import { SMALL, chainBytes, quickConfig } from './helpers';

const nodeHost = createNodeHost();
// The fallback way of loading the worker (tsx registered in each worker) must give the same chains.
const tsxHost = createNodeHost({ loader: 'tsx' });
afterAll(() => Promise.all([nodeHost.close(), tsxHost.close()]));

it('gives bit-identical draws and stats for the same seed on every host and worker loader', async () => {
  const config = quickConfig({ chains: 2 });
  const a = await runChains(SMALL, config, { host: nodeHost });
  const b = await runChains(SMALL, config, { host: nodeHost });
  const inline = await runChains(SMALL, config, { host: createInlineHost() });
  const viaTsx = await runChains(SMALL, config, { host: tsxHost });
  const bytes = (r: typeof a) => r.chains.map(chainBytes);
  expect(bytes(b)).toEqual(bytes(a));
  expect(bytes(inline)).toEqual(bytes(a));
  expect(bytes(viaTsx)).toEqual(bytes(a));
  // Chains differ from each other: each has its own RNG stream.
  expect(chainBytes(a.chains[0])).not.toEqual(chainBytes(a.chains[1]));
});

it('gives different draws for a different seed', async () => {
  const a = await runChains(SMALL, quickConfig({ chains: 1 }), { host: nodeHost });
  const b = await runChains(SMALL, quickConfig({ chains: 1, seed: 7 }), { host: nodeHost });
  expect(chainBytes(b.chains[0])).not.toEqual(chainBytes(a.chains[0]));
});
