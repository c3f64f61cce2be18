// The flexible (random-walk) baseline: the grid and knot values, spec checks, the parameters it adds, and the
// WASM density (value against the TS reference to 1e-10, gradient against central differences) with it on.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadWasm, mmmDensity, rng, syntheticData, type Wasm, relErr } from './helpers';
import { checkGradient } from './fd-richardson';
import { CHANNELS, CONTROLS, makeSpec } from './cases';
import { logDensityTs } from './density-ts';
import { packModel } from '../../src/core/model/pack';
import { forwardModel } from '../../src/core/model/forward';
import { defaultSpec, DEFAULT_KNOT_EVERY } from '../../src/core/model/defaults';
import { parsePriors } from '../../src/core/model/priors';
import {
  checkBaseline, flexAt, gridPoint, knotCount, knotValues, resolveBaseline,
} from '../../src/core/model/components/baseline-flex';
import type { LikelihoodKind, ModelSpec } from '../../src/core/model/spec';

let w: Wasm;
beforeAll(async () => { w = await loadWasm(); });

const data = syntheticData(30, CHANNELS, CONTROLS, 7);


describe('flexible baseline: grid and knots', () => {
  it('knots cover the span, the last at or after it', () => {
    expect(knotCount(29, 4)).toBe(9); // knots at 0, 4, ..., 32
    expect(knotCount(28, 4)).toBe(8); // the last exactly at 28
    expect(knotCount(10, 13)).toBe(2);
    expect(knotCount(0, 13)).toBe(1); // one row: no steps
    expect(knotCount(155, DEFAULT_KNOT_EVERY.weekly)).toBe(13); // 3 years weekly: 12 steps
    expect(knotCount(1094, DEFAULT_KNOT_EVERY.daily)).toBe(14);
  });

  it('knot values are the cumulative steps tau * eps from 0', () => {
    expect(Array.from(knotValues(0.5, [1, -2, 4]))).toEqual([0, 0.5, -0.5, 1.5]);
  });

  it('linear between knots, on the knots at multiples of the spacing, held beyond the fitted span', () => {
    const z = [0, 1, -1];
    expect(flexAt(z, 0, 8, 4)).toBe(0);
    expect(flexAt(z, 2, 8, 4)).toBe(0.5);
    expect(flexAt(z, 4, 8, 4)).toBe(1);
    expect(flexAt(z, 7, 8, 4)).toBe(-0.5);
    expect(flexAt(z, 8, 8, 4)).toBe(-1);
    expect(flexAt(z, 12, 8, 4)).toBe(-1); // a holdout row: the value at the last fitted period
    // span 6 with knots at 0, 4, 8: the last fitted period sits between knots and later rows keep its value
    expect(flexAt(z, 6, 6, 4)).toBe(0);
    expect(flexAt(z, 9, 6, 4)).toBe(0);
    expect(gridPoint(8, 8, 4, 3)).toEqual({ j: 1, w: 1 }); // the left knot stays below J - 1
    expect(flexAt([0], 3, 0, 4)).toBe(0);
  });
});

describe('flexible baseline: spec', () => {
  it('bad settings are errors naming the field', () => {
    expect(() => checkBaseline({ kind: 'spline' })).toThrow(/^baseline\.kind: must be one of linear, random-walk, got "spline"/);
    expect(() => checkBaseline({ kind: 'random-walk', knotEvery: 0 })).toThrow('baseline.knotEvery: must be a whole number >= 2 periods, got 0');
    expect(() => checkBaseline({ kind: 'random-walk', knotEvery: 2.5 })).toThrow(/^baseline\.knotEvery/);
    expect(() => checkBaseline({ kind: 'random-walk', every: 4 })).toThrow(/^baseline\.every: unknown field/);
    expect(() => checkBaseline('random-walk')).toThrow(/^baseline: must be an object/);
    expect(() => checkBaseline(undefined)).not.toThrow();
    const spec = defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv'], controls: [] }, 'weekly');
    expect(() => packModel({ ...spec, baseline: { kind: 'random-walk', knotEvery: 1 } }, syntheticData(12, ['tv'], [], 3))).toThrow(/^baseline\.knotEvery/);
  });

  it('the knot spacing defaults by frequency; the parameters follow sigma: baseline_tau, baseline_eps[1..J-1]', () => {
    const spec = defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv'], controls: [] }, 'weekly');
    expect(spec.baseline).toEqual({ kind: 'random-walk', knotEvery: 13 }); // the random walk by default
    const rw: ModelSpec = { ...spec, yearly: 0, baseline: { kind: 'random-walk' } };
    expect(resolveBaseline(rw, 'daily').baseline).toEqual({ kind: 'random-walk', knotEvery: 91 });
    const { layout, setup } = packModel(rw, syntheticData(30, ['tv'], [], 3));
    expect(layout.spec.baseline).toEqual({ kind: 'random-walk', knotEvery: 13 });
    // blob: header [13] on, [14] knots, [15] q index of tau, [16] spacing; the grid (j_t, w_t) closes the blob
    const b = setup.data!;
    expect(Array.from(b.subarray(13, 18))).toEqual([1, 4, 6, 13, 0]);
    const near = (got: Float64Array, want: number[]) => want.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 14));
    near(b.subarray(b.length - 4), [2, 2 / 13, 2, 3 / 13]); // t = 28, 29
    near(b.subarray(b.length - 60, b.length - 56), [0, 0, 0, 1 / 13]); // t = 0, 1
    // Under the default ROI prior roi is sampled and saturation_beta, derived, is reported after every sampled parameter.
    expect(layout.names).toEqual(['intercept', 'trend', 'adstock_alpha[tv]', 'saturation_lam[tv]', 'roi[tv]', 'sigma',
      'baseline_tau', 'baseline_eps[1]', 'baseline_eps[2]', 'baseline_eps[3]', 'saturation_beta[tv]']);
    const tau = layout.sampled.find((p) => p.name === 'baseline_tau')!;
    expect([tau.dist, tau.p[0], tau.p[1]]).toEqual(['LogNormal', Math.log(0.1), 0.05]);
    // editable in the priors like any scalar
    expect(parsePriors({ baseline_tau: { dist: 'HalfNormal', sigma: 0.05 } }, rw).baseline_tau).toEqual({ dist: 'HalfNormal', sigma: 0.05 });
  });

  it('the forward model shows it as part of the baseline', () => {
    const spec: ModelSpec = { ...defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv'], controls: [] }, 'weekly'), yearly: 0, trend: false, baseline: { kind: 'random-walk', knotEvery: 10 } };
    const { scaled } = packModel(spec, syntheticData(21, ['tv'], [], 3));
    const v = { intercept: 0.3, 'adstock_alpha[tv]': 0.5, 'saturation_lam[tv]': 1, 'saturation_beta[tv]': 0, sigma: 1, baseline_tau: 0.2, 'baseline_eps[1]': 1, 'baseline_eps[2]': -1 };
    const f = forwardModel(spec, scaled, v);
    expect(f.baseline[0]).toBeCloseTo(0.3, 15);
    expect(f.baseline[5]).toBeCloseTo(0.4, 15);
    expect(f.baseline[10]).toBeCloseTo(0.5, 15);
    expect(f.baseline[20]).toBeCloseTo(0.3, 15);
    // a holdout row (trendSpan 19: the fitted window ends at t = 19) holds the last fitted value
    const g = forwardModel(spec, { ...scaled, trendSpan: 19 }, v);
    expect(g.baseline[20]).toBeCloseTo(g.baseline[19], 15);
  });
});

describe('flexible baseline: WASM density value and gradient', () => {
  const cases: { label: string; spec: ModelSpec }[] = [];
  for (const knotEvery of [4, 13, 29, 50]) {
    for (const likelihood of ['normal', 'student-t'] as LikelihoodKind[]) {
      for (const prior of ['beta', 'roi'] as const) {
        // an ROI prior needs an odd variant (the even ones set a saturation_beta prior); trend is on in even ones
        const variant = (prior === 'roi' || knotEvery === 13 ? 1 : 0) + (likelihood === 'normal' ? 0 : 2);
        const spec = makeSpec(knotEvery % 2 ? 'delayed' : 'geometric', prior === 'roi' ? 'hill' : 'logistic', likelihood, prior, variant);
        spec.baseline = { kind: 'random-walk', knotEvery };
        if (knotEvery === 4) spec.priors = { ...spec.priors, baseline_tau: { dist: 'Gamma', alpha: 2, beta: 10 } };
        if (knotEvery === 29) spec.priors = { ...spec.priors, baseline_tau: { dist: 'HalfNormal', sigma: 0.1 } };
        cases.push({ label: `knots every ${knotEvery}, ${likelihood}, ${prior} prior, trend ${spec.trend ? 'on' : 'off'}`, spec });
      }
    }
  }
  for (const c of cases) {
    it(c.label, () => {
      const { setup, layout, scaled } = packModel(c.spec, data);
      const d = mmmDensity(w, setup.data!);
      expect(d.dim).toBe(layout.dim);
      expect(layout.names.filter((n) => n.startsWith('baseline_eps')).length).toBe(knotCount(29, c.spec.baseline!.knotEvery!) - 1);
      const r = rng(5);
      for (let k = 0; k < 3; k++) {
        const q = Array.from({ length: d.dim }, () => 3 * r() - 1.5);
        const { lp, grad } = d.eval(q);
        expect(Number.isFinite(lp)).toBe(true);
        expect(relErr(lp, logDensityTs(layout, scaled, q))).toBeLessThan(1e-10);
        checkGradient((x) => d.eval(x).lp, q, grad, layout.names); // Richardson differences, 1e-6 (fd-richardson.ts)
      }
    });
  }

  it('a one-row dataset has no steps and the density still evaluates', () => {
    const spec: ModelSpec = { ...defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv'], controls: [] }, 'weekly'), yearly: 0, baseline: { kind: 'random-walk' } };
    const { setup, layout, scaled } = packModel(spec, syntheticData(1, ['tv'], [], 3));
    expect(layout.sampled.at(-1)!.name).toBe('baseline_tau');
    const d = mmmDensity(w, setup.data!);
    const q = new Array(d.dim).fill(0.1);
    expect(relErr(d.eval(q).lp, logDensityTs(layout, scaled, q))).toBeLessThan(1e-10);
  });
});
