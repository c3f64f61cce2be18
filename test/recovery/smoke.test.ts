// The recovery benchmark end to end on 3 small datasets with short chains: every figure is finite and in range.
// It checks the harness (generate -> CSV -> detect -> ingest -> defaultSpec -> fit -> score), not the model's accuracy.
import { afterAll, describe, expect, it } from 'vitest';
import { generateRecoveryDataset, suiteConfig } from '../../src/core/data/recovery';
import { createNodeHost } from '../../src/core/engine/node-host';
import { resultsTable, scoreDataset, summarize, summaryLine, type DatasetResult } from '../../src/core/recovery';

describe('recovery benchmark smoke run', () => {
  const host = createNodeHost();
  afterAll(async () => { await host.close(); });

  it('fits and scores 3 datasets with every figure finite and in range', async () => {
    const rows: DatasetResult[] = [];
    for (const i of [0, 1, 16]) {
      const ds = generateRecoveryDataset(suiteConfig(i));
      rows.push(await scoreDataset(ds, { chains: 2, warmup: 100, draws: 100, seed: 3, targetAccept: 0.8, maxDepth: 8 }, host));
    }
    for (const r of rows) {
      expect(r.roi.length).toBe(r.channels);
      for (const x of r.roi) {
        for (const v of [x.truth, x.mean, x.q03, x.q25, x.q75, x.q97, x.relError]) expect(Number.isFinite(v)).toBe(true);
        expect(x.q03).toBeLessThanOrEqual(x.q25);
        expect(x.q75).toBeLessThanOrEqual(x.q97);
      }
      for (const v of [r.coverage50, r.coverage94]) expect(v >= 0 && v <= 1).toBe(true);
      for (const v of [r.mare, r.srmse, r.maxRhat, r.wallSeconds, r.samplerSeconds, r.r2Fit]) expect(Number.isFinite(v)).toBe(true);
      expect(r.mare).toBeGreaterThanOrEqual(0);
      expect(r.srmse).toBeGreaterThanOrEqual(0);
      expect(r.divergences).toBeGreaterThanOrEqual(0);
      const d = r.decision;
      expect(d.pUpliftPositive >= 0 && d.pUpliftPositive <= 1).toBe(true);
      expect(d.trueOptimalGain).toBeGreaterThan(0);
      expect(Number.isFinite(d.gainCaptured)).toBe(true);
      expect(d.gainCaptured).toBeLessThanOrEqual(1 + 1e-6);
      expect(d.trulyGains).toBe(d.trueGain > 0);
    }
    const s = summarize(rows);
    expect(s.channels).toBe(rows.reduce((a, r) => a + r.channels, 0));
    for (const v of Object.values(s)) expect(Number.isFinite(v)).toBe(true);
    expect(resultsTable(rows).split('\n')).toHaveLength(5);
    expect(summaryLine(s)).toMatch(/^recovery: 3 datasets/);
  }, 180_000);
});
