// runChains on the inline and Node hosts: shape of the result and the progress stream of every chain.
import { afterAll, describe, expect, it } from 'vitest';
import { runChains } from '../../src/core/engine/run-chains';
import { createInlineHost } from '../../src/core/engine/inline-host';
import { createNodeHost } from '../../src/core/engine/node-host';
import { STAT_NAMES, type Host } from '../../src/core/engine/types';
import { SMALL, progressLog, quickConfig } from './helpers';

const nodeHost = createNodeHost();
afterAll(() => nodeHost.close());

describe.each<[string, Host]>([
  ['inline host', createInlineHost()],
  ['Node host', nodeHost],
])('runChains on the %s', (_name, host) => {
  it('returns every chain with all its draws and stats', async () => {
    const config = quickConfig();
    const run = await runChains(SMALL, config, { host });
    expect(run.cancelled).toBe(false);
    expect(run.seconds).toBeGreaterThan(0);
    expect(run.chains.map((c) => c.chain)).toEqual([0, 1, 2, 3]);
    for (const c of run.chains) {
      expect(c.dim).toBe(2);
      expect(c.completedDraws).toBe(config.draws);
      expect(c.draws).toBeInstanceOf(Float64Array);
      expect(c.draws.length).toBe(config.draws * c.dim);
      expect(c.draws.every(Number.isFinite)).toBe(true);
      for (const s of STAT_NAMES) expect(c.stats[s].length).toBe(config.draws);
      expect(c.metric.length).toBe(c.dim);
      expect(c.stepSize).toBeGreaterThan(0);
    }
  });

  it('reports warmup then sampling for every chain, ending with one done event at the total', async () => {
    const config = quickConfig({ chains: 2 });
    const log = progressLog();
    await runChains(SMALL, config, { host, onProgress: log.onProgress });
    const total = config.warmup + config.draws;
    expect([...log.events.keys()].sort()).toEqual([0, 1]);
    for (const events of log.events.values()) {
      const phases = events.map((e) => e.phase);
      // Phases never go back from sampling to warmup.
      expect(phases.indexOf('warmup')).toBe(0);
      expect(phases.lastIndexOf('warmup')).toBeLessThan(phases.indexOf('sampling'));
      for (let i = 1; i < events.length; i++) expect(events[i].iteration).toBeGreaterThanOrEqual(events[i - 1].iteration);
      const last = events[events.length - 1];
      expect(last).toMatchObject({ done: true, iteration: total, total, phase: 'sampling' });
      expect(events.filter((e) => e.done)).toHaveLength(1);
    }
  });
});
