// The recovery suite: 24 seeded datasets that vary what the issue asks for, reproducible, and read back by detection.
import { describe, expect, it } from 'vitest';
import { generateRecoveryDataset, recoverySuite, suiteConfig } from '../../src/core/data/recovery';
import { detectColumns, parseCsv } from '../../src/core/data';

describe('recovery suite', () => {
  const suite = recoverySuite();

  it('has at least 24 datasets that vary frequency, length, channels, curves and structure', () => {
    expect(suite.length).toBeGreaterThanOrEqual(24);
    expect(new Set(suite.map((c) => c.id)).size).toBe(suite.length);
    expect(new Set(suite.map((c) => c.frequency))).toEqual(new Set(['weekly', 'daily']));
    expect(new Set(suite.map((c) => c.years))).toEqual(new Set([2, 3]));
    const counts = suite.map((c) => c.channels.length);
    expect(Math.min(...counts)).toBe(3);
    expect(Math.max(...counts)).toBe(12);
    const chans = suite.flatMap((c) => c.channels);
    expect(chans.some((c) => c.share >= 0.02 && c.share <= 0.05)).toBe(true);
    expect(new Set(chans.map((c) => c.flighting))).toEqual(new Set(['always-on', 'bursts', 'dark']));
    expect(new Set(chans.map((c) => c.spec.saturation))).toEqual(new Set(['logistic', 'hill', 'michaelis-menten']));
    expect(chans.some((c) => c.spec.adstock === 'delayed')).toBe(true);
    const alphas = chans.filter((c) => c.spec.adstock === 'geometric').map((c) => c.alpha);
    expect(Math.min(...alphas)).toBeLessThan(0.2);
    expect(Math.max(...alphas)).toBeGreaterThan(0.75);
    expect(suite.some((c) => c.baseline.levelShift !== 0)).toBe(true);
    expect(suite.some((c) => c.baseline.slowCurve !== 0)).toBe(true);
    expect(suite.some((c) => c.baseline.seasonality > 0)).toBe(true);
    expect(suite.some((c) => c.controls.price) && suite.some((c) => c.controls.promo)).toBe(true);
    expect(suite.some((c) => c.confounder)).toBe(true);
    expect(suite.some((c) => c.synergy)).toBe(true);
    const r2 = suite.map((c) => c.r2);
    expect(Math.min(...r2)).toBeCloseTo(0.6, 6);
    expect(Math.max(...r2)).toBeCloseTo(0.95, 6);
  });

  it('is reproducible from its seeds', () => {
    expect(generateRecoveryDataset(suiteConfig(4)).csv).toBe(generateRecoveryDataset(suiteConfig(4)).csv);
    expect(generateRecoveryDataset(suiteConfig(4)).csv).not.toBe(generateRecoveryDataset(suiteConfig(5)).csv);
  });

  it('writes CSVs whose columns detection maps to the true channels and the observed controls', () => {
    for (const i of [0, 3, 12]) {
      const ds = generateRecoveryDataset(suiteConfig(i));
      const p = parseCsv(ds.csv);
      const m = detectColumns(p.header, p.rows);
      expect(m.date).toBe('date');
      expect(m.kpi).toBe('revenue');
      expect(m.channels).toEqual(ds.config.channels.map((c) => c.name));
      expect(m.controls).toEqual([...(ds.config.controls.price ? ['price_index'] : []), ...(ds.config.controls.promo ? ['promo_event'] : [])]);
      expect(p.rows.length).toBe(ds.config.frequency === 'weekly' ? 52 * ds.config.years : 365 * ds.config.years);
    }
  });

  it('realises the configured noise level and gives small channels their small share', () => {
    for (const i of [1, 8, 17]) {
      const ds = generateRecoveryDataset(suiteConfig(i));
      expect(Math.abs(ds.truth.r2 - ds.config.r2)).toBeLessThan(0.08);
      const totals = Object.fromEntries(Object.entries(ds.spend).map(([k, v]) => [k, v.reduce((a, b) => a + b, 0)]));
      const all = Object.values(totals).reduce((a, b) => a + b, 0);
      const small = ds.config.channels.filter((c) => c.share <= 0.05);
      for (const c of small) expect(totals[c.name] / all).toBeLessThan(0.08);
    }
  });
});
