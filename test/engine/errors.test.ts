// Bad setups and configs fail fast with a message naming the problem, on every host, without hanging.
import { afterAll, describe, expect, it } from 'vitest';
import { runChains } from '../../src/core/engine/run-chains';
import { createInlineHost } from '../../src/core/engine/inline-host';
import { createNodeHost } from '../../src/core/engine/node-host';
import type { Host } from '../../src/core/engine/types';
import { SMALL, quickConfig } from './helpers';

const nodeHost = createNodeHost();
afterAll(() => nodeHost.close());

describe.each<[string, Host]>([
  ['inline host', createInlineHost()],
  ['Node host', nodeHost],
])('on the %s', (_name, host) => {
  it('an unknown target id rejects naming the chain and the target', async () => {
    const run = runChains({ target: 999 }, quickConfig({ chains: 2 }), { host });
    await expect(run).rejects.toThrow(/chain [01] failed: .*target/i);
  });

  it('still runs chains after a failed run', async () => {
    const run = await runChains(SMALL, quickConfig({ chains: 2 }), { host });
    expect(run.chains).toHaveLength(2);
  });
});

it('an invalid config is rejected before any chain starts, naming the field', async () => {
  const host = createInlineHost();
  await expect(runChains(SMALL, quickConfig({ chains: 0 }), { host })).rejects.toThrow('FitConfig.chains');
  await expect(runChains(SMALL, quickConfig({ draws: 2.5 }), { host })).rejects.toThrow('FitConfig.draws');
  await expect(runChains(SMALL, quickConfig({ targetAccept: 1 }), { host })).rejects.toThrow('FitConfig.targetAccept');
  await expect(runChains(SMALL, quickConfig({ seed: 1.5 }), { host })).rejects.toThrow('FitConfig.seed');
});

it('a closed Node host rejects new chains clearly', async () => {
  const host = createNodeHost();
  host.close();
  await expect(runChains(SMALL, quickConfig(), { host })).rejects.toThrow(/closed/);
});

it('a throwing progress callback stops the run and rejects naming the chain, on both hosts', async () => {
  for (const host of [createInlineHost(), nodeHost]) {
    const onProgress = () => {
      throw new Error('UI went away');
    };
    await expect(runChains(SMALL, quickConfig({ chains: 2 }), { host, onProgress })).rejects.toThrow(
      /chain [01] failed: onProgress threw: UI went away/,
    );
  }
});
