// fitModel gives the same model.json draws on every host: inline (browser main thread/tests) and Node worker threads.
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../src/core/fit/fit-model';
import { createInlineHost } from '../../src/core/engine/inline-host';
import { createNodeHost } from '../../src/core/engine/node-host';
import { defaultSpec } from '../../src/core/model/defaults';
import { fixtureData } from '../fixtures/model';

describe('fitModel across hosts', () => {
  it('same seed, same draws and summaries on the inline and the Node host', async () => {
    const data = fixtureData(50, 8);
    const spec = defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv', 'search'], controls: ['price'] }, 'weekly');
    const config = { chains: 2, warmup: 60, draws: 40, seed: 99, targetAccept: 0.8, maxDepth: 8 };
    const a = await fitModel(data, spec, config, { host: createInlineHost() });
    const node = createNodeHost();
    try {
      const b = await fitModel(data, spec, config, { host: node });
      expect(b.draws).toEqual(a.draws);
      expect(b.sampler).toEqual(a.sampler);
      expect(b.summary.channels).toEqual(a.summary.channels);
    } finally {
      await node.close();
    }
  });
});
