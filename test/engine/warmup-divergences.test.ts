// The engine counts warmup divergences as they happen, so the Fit page's "N divergences (+M in warmup)" split is
// exact: the sampling part equals the divergent transitions stored with the kept draws, whatever the progress slices.
import { describe, expect, it } from 'vitest';
import { runChains } from '../../src/core/engine/run-chains';
import { createInlineHost } from '../../src/core/engine/inline-host';
import { TARGET_FUNNEL } from '../../src/core/engine/targets';
import { progressLog, quickConfig } from './helpers';

describe('warmup divergences', () => {
  it("the last progress event's split matches the divergent flags of the kept draws, on a target that diverges", async () => {
    // Neal's funnel diverges in warmup and after it at these settings (seeded: the same counts every run).
    const config = quickConfig({ chains: 2, warmup: 300, draws: 300, seed: 1 });
    const log = progressLog();
    const run = await runChains({ target: TARGET_FUNNEL }, config, { host: createInlineHost(), onProgress: log.onProgress });
    let warmupSeen = 0, samplingSeen = 0;
    for (const c of run.chains) {
      const last = log.events.get(c.chain)!.at(-1)!;
      expect(last.done).toBe(true);
      const kept = c.stats.divergent.reduce((s, d) => s + (d > 0 ? 1 : 0), 0);
      expect(last.divergences - (last.warmupDivergences ?? NaN)).toBe(kept);
      warmupSeen += last.warmupDivergences!;
      samplingSeen += kept;
      // never more warmup divergences than divergences, and it only grows
      const ws = log.events.get(c.chain)!.map((e) => e.warmupDivergences!);
      ws.forEach((w, i) => { expect(w).toBeLessThanOrEqual(log.events.get(c.chain)![i].divergences); if (i) expect(w).toBeGreaterThanOrEqual(ws[i - 1]); });
    }
    // the test only means something if both phases diverged
    expect(warmupSeen).toBeGreaterThan(0);
    expect(samplingSeen).toBeGreaterThan(0);
  });
});
