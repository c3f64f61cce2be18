// KKT classification and violations; flighting patterns; carryover on and off; option checks.
import { describe, expect, it } from 'vitest';
import { optimizeBudget } from '../../src/core/optimizer';
import { kktReport } from '../../src/core/optimizer/kkt';
import { buildContext } from '../../src/core/optimizer/context';
import { fixtureModel } from '../fixtures/model';
import { referenceMedia } from './reference-media';

// The trust region is off in this file (extrapolate: Infinity): its fixtures' flat spend histories would cap every
// channel at today's spend, and what is tested here is the solver and the constraints without it (trust-region.test.ts
// tests the region itself).
const OFF = { extrapolate: Infinity };

const flat = (n: number, v: number) => new Array(n).fill(v);
const b = (min: number, max: number) => ({ min, max, minFrom: 'min', maxFrom: 'max' });

describe('kktReport', () => {
  it('measures the spread of interior marginals and flags bound channels on the wrong side', () => {
    const r = kktReport(['a', 'b', 'c', 'd'], [5, 5, 0, 10], [b(0, 10), b(0, 10), b(0, 10), b(0, 10)], [1, 1.002, 0.5, 2], 20);
    expect(r.interior).toEqual(['a', 'b']);
    expect(r.atMin).toEqual(['c']);
    expect(r.atMax).toEqual(['d']);
    expect(r.spread).toBeCloseTo(0.002 / 1.001, 9);
    expect(r.ok).toBe(false); // spread 2e-3 > 1e-3
    const bad = kktReport(['a', 'b', 'c'], [5, 5, 0], [b(0, 10), b(0, 10), b(0, 10)], [1, 1, 3], 10);
    expect(bad.violations).toEqual(['c']); // at its minimum but wants more than the multiplier
    expect(bad.ok).toBe(false);
  });
});

describe('Hill with slope < 1 at zero spend', () => {
  it('is not trapped at its lower bound (its curvature blows up there)', async () => {
    // starting from current projected onto half the budget puts radio at 0, where the Newton metric is huge
    const model = fixtureModel({ kpiScale: 10000, intercept: [0.5, 0.45, 0.55], channels: [
      { name: 'tv', lmax: 4, alpha: [0.5, 0.4, 0.6], lam: [2, 3, 1.5], beta: [0.4, 0.35, 0.5], history: flat(20, 1000) },
      { name: 'search', lmax: 2, saturation: 'michaelis-menten', alpha: [0.2, 0.3, 0.1], lam: [0.6, 0.4, 1], beta: [0.3, 0.2, 0.35], history: flat(20, 800) },
      { name: 'radio', saturation: 'hill', kappa: [0.5, 0.7, 0.4], slope: [1, 0.8, 1.2], beta: [0.1, 0.15, 0.12], history: flat(20, 300) },
    ] });
    const plan = await optimizeBudget(model, { ...OFF, horizon: 6, budget: 1050 * 6, randomStarts: 0, tolerance: 1e-5 });
    expect(plan.allocation.radio).toBeGreaterThan(50);
    expect(plan.kkt.violations).toEqual([]);
    expect(plan.kkt.ok).toBe(true);
  });
});

describe('flighting and carryover', () => {
  const model = fixtureModel({ kpiScale: 1000, channels: [
    { name: 'tv', lmax: 3, alpha: [0.5], lam: [2], beta: [0.4], history: flat(10, 1000) },
    { name: 'search', saturation: 'michaelis-menten', lam: [0.6], beta: [0.3], history: flat(10, 800) },
  ] });

  it('a flighting pattern shapes allocation_by_period (mean 1) and the response', async () => {
    const plan = await optimizeBudget(model, { ...OFF, horizon: 4, flighting: { tv: [2, 0, 2, 0] } });
    expect(plan.allocation_by_period.tv.map((v) => v / plan.allocation.tv)).toEqual([2, 0, 2, 0]);
    expect(plan.allocation_by_period.search.every((v) => v === plan.allocation.search)).toBe(true);
    await expect(optimizeBudget(model, { ...OFF, horizon: 4, flighting: { tv: [1, 1] } })).rejects.toThrow('flighting for "tv" has 2 weights, expected the horizon 4');
  });

  it('carryover after the horizon is counted by default and can be left out', async () => {
    const on = await buildContext(model, { horizon: 4 });
    const off = await buildContext(model, { horizon: 4, includeCarryover: false });
    const s = [900, 700];
    const kOn = on.response.evaluate(s), kOff = off.response.evaluate(s);
    const refOn = referenceMedia(model, { tv: 900, search: 700 }, 4, true)[0];
    const refOff = referenceMedia(model, { tv: 900, search: 700 }, 4, false)[0];
    expect(kOn[0][0] + kOn[1][0]).toBeCloseTo(refOn, 6);
    expect(kOff[0][0] + kOff[1][0]).toBeCloseTo(refOff, 6);
    expect(refOn).toBeGreaterThan(refOff);
    on.dispose(); off.dispose();
  });

  it('rejects bad objective options by name', async () => {
    await expect(optimizeBudget(model, { ...OFF, horizon: 4, objective: 'q10', quantile: 1.5 })).rejects.toThrow('quantile must be in (0, 1), got 1.5');
    await expect(optimizeBudget(model, { ...OFF, horizon: 4, objective: 'profit', valueMultiplier: { radio: 2 } })).rejects.toThrow('value multiplier: unknown channel "radio"');
    await expect(optimizeBudget(model, { ...OFF, horizon: 4, objective: 'best' as never })).rejects.toThrow('unknown objective "best"');
  });
});
