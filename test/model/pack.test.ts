// Scaling and packing: the layout's names, the blob the WASM parses (and rejects when malformed), constrain.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadWasm, put, syntheticData, type Wasm } from './helpers';
import { defaultSpec } from '../../src/core/model/defaults';
import { parsePriors } from '../../src/core/model/priors';
import { scaleData } from '../../src/core/model/scale';
import { packModel } from '../../src/core/model/pack';
import { constrain } from './constrain-ts';

let w: Wasm;
beforeAll(async () => { w = await loadWasm(); });

const data = syntheticData(20, ['a', 'b'], ['c'], 2);
const mapping = { date: 'date', kpi: 'sales', channels: ['a', 'b'], controls: ['c'] };

describe('defaultSpec', () => {
  // Issue 8 turned the trend on by default (without it a slow, long-carryover channel absorbs the trend), in the
  // CLI as in the app: this expectation was `trend: false`, the old CLI default.
  it('geometric + logistic, lmax 8 weekly / 28 daily, yearly 2, Normal, a trend', () => {
    const s = defaultSpec(mapping, 'weekly');
    expect(s.channels[0]).toEqual({ name: 'a', adstock: 'geometric', lmax: 8, saturation: 'logistic' });
    expect(defaultSpec(mapping, 'daily').channels[1].lmax).toBe(28);
    expect(s).toMatchObject({ yearly: 2, trend: true, likelihood: 'normal', standardizeControls: false, priors: {}, liftTests: [] });
  });
});

describe('scaleData', () => {
  it('divides the KPI by max |KPI| and spend by the channel max; controls unscaled by default', () => {
    const spec = defaultSpec(mapping, 'weekly');
    const { scaled, scaling } = scaleData(data, spec);
    expect(Math.max(...scaled.y.map(Math.abs))).toBe(1);
    expect(Math.max(...scaled.x[1])).toBe(1);
    expect(scaling.kpi).toBe(Math.max(...data.kpi));
    expect(Array.from(scaled.z[0])).toEqual(data.controls.c);
    expect(scaling.controls.c).toEqual({ center: 0, scale: 1 });
  });
  it('standardises controls when asked', () => {
    const spec = { ...defaultSpec(mapping, 'weekly'), standardizeControls: true };
    const z = scaleData(data, spec).scaled.z[0];
    const m = z.reduce((a, b) => a + b, 0) / z.length;
    const sd = Math.sqrt(z.reduce((a, b) => a + (b - m) ** 2, 0) / (z.length - 1));
    expect(Math.abs(m)).toBeLessThan(1e-12);
    expect(sd).toBeCloseTo(1, 12);
  });
  it('names the column in errors', () => {
    const spec = defaultSpec(mapping, 'weekly');
    expect(() => scaleData({ ...data, channels: { ...data.channels, b: data.channels.b.map(() => 0) } }, spec)).toThrow(/channel "b" has no spend/);
    expect(() => scaleData({ ...data, channels: { ...data.channels, a: data.channels.a.map((v, i) => (i === 3 ? -1 : v)) } }, spec)).toThrow(/channel "a" row 4: negative spend/);
    expect(() => scaleData({ ...data, controls: {} }, spec)).toThrow(/control "c" is not in the data/);
  });
});

describe('packModel', () => {
  it('lays out names, derived saturation_beta under an ROI prior, and a blob the WASM accepts', () => {
    // The layout below is of a model without a trend (the default has one since issue 8) or random walk, in natural coordinates
    // (q[0] the intercept: v[0] below); effect coordinates keep every name (checked at the end).
    const spec = { ...defaultSpec(mapping, 'weekly'), trend: false, saturationCoordinates: 'natural' as const, baseline: { kind: 'linear' as const } };
    spec.priors = parsePriors({ roi: { dist: 'LogNormal', mu: 0.2, sigma: 0.9 } }, spec);
    const { setup, layout } = packModel(spec, data);
    expect(setup.target).toBe(10);
    expect(layout.names).toEqual([
      'intercept', 'gamma_control[c]', 'gamma_fourier[sin_1]', 'gamma_fourier[cos_1]', 'gamma_fourier[sin_2]', 'gamma_fourier[cos_2]',
      'adstock_alpha[a]', 'adstock_alpha[b]', 'saturation_lam[a]', 'saturation_lam[b]', 'roi[a]', 'roi[b]', 'sigma',
      'saturation_beta[a]', 'saturation_beta[b]',
    ]);
    expect(layout.dim).toBe(13);
    const blob = setup.data!;
    expect(w.setTarget(10, put(w, blob), blob.length)).toBe(13);
    const v = constrain(layout, new Array(13).fill(0));
    expect(v[0]).toBe(0);
    expect(v[6]).toBe(0.5); // logistic(0)
    expect(v[8]).toBe(1); // exp(0)
    expect(v.length).toBe(15);
    expect(packModel({ ...spec, saturationCoordinates: 'effect' }, data).layout.names).toEqual(layout.names);
  });
  it('the WASM rejects a malformed blob with a negative code', () => {
    const { setup } = packModel(defaultSpec(mapping, 'weekly'), data);
    const blob = setup.data!;
    expect(w.setTarget(10, put(w, blob), blob.length - 1)).toBe(-3);
    const bad = blob.slice(); bad[0] = 7;
    expect(w.setTarget(10, put(w, bad), bad.length)).toBe(-2);
    const bad2 = blob.slice(); bad2[10] = 99;
    expect(w.setTarget(10, put(w, bad2), bad2.length)).toBe(-4);
  });
  it('validates lift tests and lmax, naming the field', () => {
    const spec = defaultSpec(mapping, 'weekly');
    spec.liftTests = [{ channel: 'zz', x: 1, deltaX: 1, deltaY: 1, sigma: 1 }];
    expect(() => packModel(spec, data)).toThrow(/liftTests\[0\]\.channel: unknown channel "zz"/);
    spec.liftTests = [{ channel: 'a', x: 1, deltaX: 1, deltaY: 1, sigma: 0 }];
    expect(() => packModel(spec, data)).toThrow(/liftTests\[0\]\.sigma: must be > 0/);
    const s2 = defaultSpec(mapping, 'weekly');
    s2.channels[1].lmax = 0;
    expect(() => packModel(s2, data)).toThrow(/channel "b": lmax must be a positive integer/);
  });
});
