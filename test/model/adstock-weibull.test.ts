// The Weibull adstock kernels (PyMC-Marketing's weibull_adstock, normalised) against their definitions written out
// from the Weibull density and survival, their parameters and default priors, and bad input naming its field.
// (WASM forward and VJP against this TS kernel and central differences: components.test.ts; the full density:
// density.test.ts and density-combinations.test.ts.)
import { describe, it, expect } from 'vitest';
import { adstockWeights, ADSTOCK_PARAMS, minLmax } from '../../src/core/model/components/adstock';
import { channelParams } from '../../src/core/model/components/channel';
import { parameterEntries } from '../../src/core/model/params';
import { parsePriors, resolvePriors } from '../../src/core/model/priors';
import { packModel } from '../../src/core/model/pack';
import { defaultSpec } from '../../src/core/model/defaults';
import { samplePriorPredictive } from '../../src/core/model/prior-predictive';
import { checkSpec } from '../../src/core/fit/validate-model-json';
import { FieldError } from '../../src/core/fit/field-check';
import { specFromFlags } from '../../src/cli/fit';
import type { AdstockKind, ChannelSpec, ModelSpec } from '../../src/core/model/spec';
import { syntheticData } from './helpers';

const ch = (adstock: AdstockKind, lmax: number): ChannelSpec => ({ name: 'tv', adstock, lmax, saturation: 'logistic' });

/** Weibull density and survival at t > 0 (scale lam, shape k), as scipy/PyMC write them. */
const pdf = (t: number, lam: number, k: number) => (k / lam) * (t / lam) ** (k - 1) * Math.exp(-((t / lam) ** k));
const survival = (t: number, lam: number, k: number) => Math.exp(-((t / lam) ** k));

/** PyMC-Marketing's kernels over t = 1..L, then normalised: PDF min-max scaled, CDF the cumulative product of survival. */
function reference(kind: 'weibull-pdf' | 'weibull-cdf', L: number, lam: number, k: number): number[] {
  let u: number[];
  if (kind === 'weibull-pdf') {
    const p = Array.from({ length: L }, (_, l) => pdf(l + 1, lam, k));
    const lo = Math.min(...p), hi = Math.max(...p);
    u = p.map((v) => (v - lo) / (hi - lo));
  } else {
    u = [1];
    for (let l = 1; l < L; l++) u.push(u[l - 1] * survival(l, lam, k));
  }
  const z = u.reduce((s, v) => s + v, 0);
  return u.map((v) => v / z);
}

const SPEC = (adstock: AdstockKind, lmax = 8): ModelSpec => {
  const s = defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv', 'search'], controls: [] }, 'weekly');
  s.channels.forEach((c) => { c.adstock = adstock; c.lmax = lmax; });
  return s;
};

describe('Weibull adstock kernels', () => {
  for (const kind of ['weibull-pdf', 'weibull-cdf'] as const) {
    for (const [lam, k] of [[2, 3], [0.8, 0.5], [6, 1.2], [3, 1]]) {
      it(`${kind} lam=${lam} k=${k}: the definition over lags 0..lmax-1, summing to one`, () => {
        const w = adstockWeights(ch(kind, 9), lam, k);
        const ref = reference(kind, 9, lam, k);
        // The kernel works in log space shifted by its maximum; against the direct formula the two differ by rounding.
        w.forEach((v, l) => expect(Math.abs(v - ref[l])).toBeLessThan(1e-14));
        expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
        w.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
      });
    }
  }

  it('PDF: a peak after lag 0 when k > 1 (at the Weibull mode lam((k-1)/k)^(1/k), t = l + 1), its least lag weighted 0', () => {
    const w = Array.from(adstockWeights(ch('weibull-pdf', 10), 4, 3));
    const mode = 4 * (2 / 3) ** (1 / 3); // 3.49: t = 3 or 4, lag 2 or 3
    const peak = w.indexOf(Math.max(...w));
    expect([Math.floor(mode) - 1, Math.ceil(mode) - 1]).toContain(peak);
    expect(Math.min(...w)).toBe(0);
  });

  it('CDF: decays from lag 0 (weight 1 before normalising), slower for a larger scale', () => {
    const fast = adstockWeights(ch('weibull-cdf', 8), 1, 1), slow = adstockWeights(ch('weibull-cdf', 8), 4, 1);
    for (let l = 1; l < 8; l++) {
      expect(fast[l]).toBeLessThan(fast[l - 1]);
      expect(slow[l]).toBeLessThan(slow[l - 1]);
    }
    expect(slow[0]).toBeLessThan(fast[0]);
  });

  it('an extreme shape underflows to a finite kernel, not NaN', () => {
    for (const kind of ['weibull-pdf', 'weibull-cdf'] as const) {
      const w = adstockWeights(ch(kind, 8), 0.2, 40);
      w.forEach((v) => expect(Number.isFinite(v)).toBe(true));
      expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('Weibull parameters and priors', () => {
  it('samples adstock_lam[c] and adstock_k[c] (positive) instead of adstock_alpha; channel-table slots hold their q indices', () => {
    const spec = SPEC('weibull-pdf');
    spec.channels[1].adstock = 'delayed';
    const names = parameterEntries(spec).map((e) => e.name);
    expect(names).toContain('adstock_lam[tv]');
    expect(names).toContain('adstock_k[tv]');
    expect(names).not.toContain('adstock_alpha[tv]');
    expect(names).toContain('adstock_alpha[search]');
    const e = parameterEntries(spec).find((p) => p.name === 'adstock_k[tv]')!;
    expect([e.transform, e.lo, e.hi]).toEqual(['positive', 0, Infinity]);
    const { layout, setup } = packModel(spec, syntheticData(30, ['tv', 'search'], [], 3));
    const tv = layout.channels[0];
    expect(layout.names[tv.alpha]).toBe('adstock_lam[tv]');
    expect(layout.names[tv.theta]).toBe('adstock_k[tv]');
    // Channel table right after the 24-slot header, 10 slots per channel: kind 2, lmax, ..., [3] lam, [4] k.
    const row = setup.data!.slice(24, 34);
    expect([row[0], row[3], row[4]]).toEqual([2, tv.alpha, tv.theta]);
    expect(ADSTOCK_PARAMS['weibull-cdf']).toEqual(['adstock_lam', 'adstock_k']);
  });

  it("defaults are PyMC-Marketing's: PDF lam Gamma(mu 2, sd 1), k Gamma(mu 3, sd 1); CDF both Gamma(mu 2, sd 2.5)", () => {
    const mean = (a: number, b: number) => a / b, sd = (a: number, b: number) => Math.sqrt(a) / b;
    const spec = SPEC('weibull-pdf');
    spec.channels[1].adstock = 'weibull-cdf';
    const got = Object.fromEntries(resolvePriors(spec).map((p) => [p.name, [p.dist, mean(p.p[0], p.p[1]), sd(p.p[0], p.p[1])]]));
    expect(got['adstock_lam[tv]'][0]).toBe('Gamma');
    expect(got['adstock_lam[tv]'][1]).toBeCloseTo(2, 12); expect(got['adstock_lam[tv]'][2]).toBeCloseTo(1, 12);
    expect(got['adstock_k[tv]'][1]).toBeCloseTo(3, 12); expect(got['adstock_k[tv]'][2]).toBeCloseTo(1, 12);
    for (const n of ['adstock_lam[search]', 'adstock_k[search]']) {
      expect(got[n][1]).toBeCloseTo(2, 12); expect(got[n][2]).toBeCloseTo(2.5, 12);
    }
  });

  it('channelParams reads lam and k as the first and second adstock parameter', () => {
    const p = channelParams(SPEC('weibull-cdf'), { 'adstock_lam[tv]': 2.5, 'adstock_k[tv]': 0.7 }, 0);
    expect([p.alpha, p.theta]).toEqual([2.5, 0.7]);
  });

  it('the prior predictive runs with Weibull channels (finite KPI and ROI)', () => {
    const data = syntheticData(40, ['tv', 'search'], [], 5);
    const spec = SPEC('weibull-pdf');
    spec.channels[1].adstock = 'weibull-cdf';
    const pp = samplePriorPredictive(spec, data, { draws: 50, seed: 2 });
    for (const row of pp.kpi) row.forEach((v) => expect(Number.isFinite(v)).toBe(true));
    for (const c of ['tv', 'search']) pp.roi[c].forEach((v) => expect(Number.isFinite(v)).toBe(true));
    expect(pp.params['adstock_k[search]'].every((v) => v > 0)).toBe(true);
  });
});

describe('Weibull bad input names the field', () => {
  it('a prior whose support misses part of lam or k is an error naming the key', () => {
    const spec = SPEC('weibull-pdf');
    expect(() => parsePriors({ adstock_lam: { dist: 'Beta', alpha: 2, beta: 2 } }, spec)).toThrow(/priors\.adstock_lam: Beta has support \[0, 1\] but adstock_lam\[tv\]/);
    expect(() => parsePriors({ adstock_k: { dist: 'TruncatedNormal', mu: 2, sigma: 1, lower: 0.5 } }, spec)).toThrow(/priors\.adstock_k: TruncatedNormal has support \[0\.5, inf\]/);
    expect(() => parsePriors({ adstock_k: { dist: 'Gamma', alpha: -1, beta: 1 } }, spec)).toThrow(/priors\.adstock_k: parameter "alpha" must be > 0/);
    expect(() => parsePriors({ adstock_lam: { dist: 'Gamma', alpha: [1, 2, 3], beta: 1 } }, spec)).toThrow(/priors\.adstock_lam: parameter "alpha" has 3 values, expected 2/);
  });

  it('a Weibull channel with lmax too short (CDF < 2, PDF < 3): packing, model.json and the CLI each name the field', () => {
    expect(minLmax('weibull-cdf')).toBe(2);
    expect(minLmax('weibull-pdf')).toBe(3);
    expect(minLmax('geometric')).toBe(1);
    // Why the PDF needs 3: with 2 lags the min-max scaled kernel is [1, 0] or [0, 1] whatever lam and k.
    for (const [lam, k] of [[0.5, 1], [3, 2.5], [9, 4]]) expect(Array.from(adstockWeights(ch('weibull-pdf', 2), lam, k)).sort()).toEqual([0, 1]);
    const data = syntheticData(30, ['tv', 'search'], [], 3);
    expect(() => packModel(SPEC('weibull-cdf', 1), data)).toThrow('channel "tv": lmax must be at least 2 for weibull-cdf adstock, got 1');
    let err: unknown;
    try { checkSpec(SPEC('weibull-pdf', 2), 30); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(FieldError);
    expect((err as FieldError).path).toBe('spec.channels[0].lmax');
    expect((err as Error).message).toMatch(/weibull-pdf adstock needs lmax of at least 3, got 2/);
    const mapping = { date: 'date', kpi: 'sales', channels: ['tv'], controls: [] };
    expect(() => specFromFlags(mapping, 'weekly', { adstock: 'weibull-cdf', lmax: 1 })).toThrow(/flag --lmax: weibull-cdf adstock needs --lmax of at least 2, got 1/);
    expect(specFromFlags(mapping, 'weekly', { adstock: 'weibull-cdf' }).channels[0]).toMatchObject({ adstock: 'weibull-cdf', lmax: 8 });
  });
});
