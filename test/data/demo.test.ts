import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDemoData, generateSyntheticData, type Dataset } from '../../src/core/data/demo';
import { ingestCsv } from '../../src/core/data/ingest';

/**
 * The model of docs/CONTRACTS.md written out again, independently of src/core/data/simulate.ts:
 * mu in scaled space from the truth parameters and the data as the model will see it.
 */
function referenceMu(d: Dataset): { mu: number[]; contribution: Record<string, number[]> } {
  const p = d.truth.params;
  const { lmax, yearly, trend } = d.truth.model;
  const T = d.data.dates.length;
  const contribution: Record<string, number[]> = {};
  const mu: number[] = [];
  for (const c of d.mapping.channels) {
    const s = d.data.channels[c];
    const max = Math.max(...s);
    const alpha = p[`adstock_alpha[${c}]`];
    let wsum = 0;
    for (let l = 0; l < lmax; l++) wsum += alpha ** l;
    contribution[c] = [];
    for (let t = 0; t < T; t++) {
      let a = 0;
      for (let l = 0; l < lmax; l++) if (t - l >= 0) a += (alpha ** l / wsum) * (s[t - l] / max);
      const e = Math.exp(-p[`saturation_lam[${c}]`] * a);
      contribution[c].push(p[`saturation_beta[${c}]`] * (1 - e) / (1 + e));
    }
  }
  for (let t = 0; t < T; t++) {
    let m = p.intercept + (trend ? p.trend * t / (T - 1) : 0);
    for (let k = 1; k <= yearly; k++) {
      const w = 2 * Math.PI * k * d.data.dayOfYear[t] / 365.25;
      m += p[`gamma_fourier[sin_${k}]`] * Math.sin(w) + p[`gamma_fourier[cos_${k}]`] * Math.cos(w);
    }
    for (const c of d.mapping.channels) m += contribution[c][t];
    for (const k of d.mapping.controls) m += p[`gamma_control[${k}]`] * d.data.controls[k][t];
    mu.push(m);
  }
  return { mu, contribution };
}

function expectTruthConsistent(d: Dataset): void {
  const { mu, contribution } = referenceMu(d);
  const scale = d.truth.scalingKpi;
  expect(scale).toBe(Math.max(...d.data.kpi.map(Math.abs)));
  d.truth.kpiNoiseless.forEach((v, t) => expect(Math.abs(mu[t] * scale - v) / v).toBeLessThan(1e-12));
  for (const c of d.mapping.channels) {
    const total = contribution[c].reduce((a, b) => a + b, 0) * scale;
    expect(Math.abs(total - d.truth.contribution[c]) / total).toBeLessThan(1e-12);
    const spend = d.data.channels[c].reduce((a, b) => a + b, 0);
    expect(d.truth.roi[c]).toBeCloseTo(total / spend, 10);
  }
  // Residuals in scaled space have sd sigma: with T >= 104 Normal draws the sample sd is within
  // 3 standard errors (sigma / sqrt(2T) <= 7%) of sigma, so 25% is a safe bound for a fixed seed.
  const res = d.data.kpi.map((v, t) => (v - d.truth.kpiNoiseless[t]) / scale);
  const sd = Math.sqrt(res.reduce((a, r) => a + r * r, 0) / res.length);
  expect(Math.abs(sd / d.truth.params.sigma - 1)).toBeLessThan(0.25);
}

afterEach(() => vi.restoreAllMocks());

describe('generateDemoData', () => {
  it('is deterministic per seed and never uses Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const a = generateDemoData(1);
    expect(generateDemoData(1).csv).toBe(a.csv);
    expect(generateDemoData().csv).toBe(a.csv);
    expect(generateDemoData(2).csv).not.toBe(a.csv);
    expect(random).not.toHaveBeenCalled();
  });

  it('has 156 weeks from a Monday in 2023, the documented columns and realistic magnitudes', () => {
    const d = generateDemoData(1);
    expect(d.csv.split('\n')[0]).toBe('date,revenue,tv_spend,search_spend,social_spend,display_spend,radio_spend,email_spend,promo');
    expect(d.data.dates).toHaveLength(156);
    expect(d.data.dates[0]).toBe('2023-01-02');
    expect(new Date(`${d.data.dates[0]}T00:00:00Z`).getUTCDay()).toBe(1);
    for (const v of d.data.kpi) { expect(v).toBeGreaterThan(3e5); expect(v).toBeLessThan(3e6); }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    for (const c of ['tv_spend', 'search_spend', 'social_spend', 'display_spend', 'radio_spend']) {
      expect(mean(d.data.channels[c])).toBeGreaterThan(5e3);
      expect(Math.max(...d.data.channels[c])).toBeLessThan(2e5);
    }
    expect(mean(d.data.channels.email_spend)).toBeLessThan(1e4);
    // Flighting: TV goes dark between bursts; radio only in its months; search and social always on.
    expect(d.data.channels.tv_spend.filter((v) => v === 0).length).toBeGreaterThan(30);
    d.data.dates.forEach((date, t) => {
      if (!['03', '04', '05', '10', '11'].includes(date.slice(5, 7))) expect(d.data.channels.radio_spend[t]).toBe(0);
    });
    expect(Math.min(...d.data.channels.search_spend)).toBeGreaterThan(0);
    expect(Math.min(...d.data.channels.social_spend)).toBeGreaterThan(0);
  });

  it('ingests without errors or warnings into exactly its data', () => {
    const d = generateDemoData(1);
    const r = ingestCsv(d.csv, d.mapping);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.data).toEqual(d.data);
  });

  it('every seed gives valid data (no empty channel, no constant column)', () => {
    for (let seed = 0; seed < 30; seed++) {
      const d = generateDemoData(seed);
      const r = ingestCsv(d.csv, d.mapping);
      expect(r.ok ? r.warnings : r.errors, `seed ${seed}`).toEqual([]);
    }
  });

  it('truth reproduces the noiseless KPI through the model formula in scaled space', () => {
    const d = generateDemoData(1);
    expectTruthConsistent(d);
    const names = Object.keys(d.truth.params).sort();
    expect(names).toEqual([
      ...d.mapping.channels.map((c) => `adstock_alpha[${c}]`), 'gamma_control[promo]',
      'gamma_fourier[cos_1]', 'gamma_fourier[cos_2]', 'gamma_fourier[sin_1]', 'gamma_fourier[sin_2]', 'intercept',
      ...d.mapping.channels.map((c) => `saturation_beta[${c}]`), ...d.mapping.channels.map((c) => `saturation_lam[${c}]`),
      'sigma', 'trend',
    ].sort());
    for (const c of d.mapping.channels) { expect(d.truth.roi[c]).toBeGreaterThan(0.3); expect(d.truth.roi[c]).toBeLessThan(10); }
  });
});

describe('generateSyntheticData', () => {
  it('respects weeks, channels and switches, and is deterministic', () => {
    const d = generateSyntheticData(7, { weeks: 104, channels: 2, yearly: 0, trend: false, control: false });
    expect(d.data.dates).toHaveLength(104);
    expect(d.mapping).toEqual({ date: 'date', kpi: 'revenue', channels: ['tv_spend', 'search_spend'], controls: [] });
    expect(Object.keys(d.truth.params).filter((k) => k.startsWith('gamma') || k === 'trend')).toEqual([]);
    expect(generateSyntheticData(7, { weeks: 104, channels: 2, yearly: 0, trend: false, control: false }).csv).toBe(d.csv);
    expectTruthConsistent(d);
  });

  it('defaults: 104 weeks, 3 always-on channels, truth consistent, ingests cleanly', () => {
    const d = generateSyntheticData(3);
    expect(d.data.dates).toHaveLength(104);
    expect(d.mapping.channels).toHaveLength(3);
    for (const c of d.mapping.channels) expect(Math.min(...d.data.channels[c])).toBeGreaterThan(0);
    expectTruthConsistent(d);
    const r = ingestCsv(d.csv, d.mapping);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('draws parameters from a seeded distribution when asked, and takes overrides', () => {
    const a = generateSyntheticData(5, { drawParams: true });
    const b = generateSyntheticData(6, { drawParams: true });
    expect(a.truth.params['adstock_alpha[tv_spend]']).not.toBe(b.truth.params['adstock_alpha[tv_spend]']);
    expectTruthConsistent(a);
    const c = generateSyntheticData(5, { params: { 'adstock_alpha[tv_spend]': 0.33, 'saturation_lam[tv_spend]': 2.5 } });
    expect(c.truth.params['adstock_alpha[tv_spend]']).toBe(0.33);
    expect(c.truth.params['saturation_lam[tv_spend]']).toBe(2.5);
  });

  it('refuses impossible options with a message naming them', () => {
    expect(() => generateSyntheticData(1, { channels: 9 })).toThrow('channels must be 1..6, got 9');
    expect(() => generateSyntheticData(1, { weeks: 1.5 })).toThrow('weeks must be an integer >= 2, got 1.5');
  });
});
