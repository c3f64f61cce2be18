// Constraints become bounds; infeasible sets are reported by name; a plan with nothing to move says so.
import { describe, expect, it } from 'vitest';
import { optimizeBudget } from '../../src/core/optimizer';
import { fixtureModel } from '../fixtures/model';

// The trust region is off in this file (extrapolate: Infinity): its fixtures' flat spend histories would cap every
// channel at today's spend, and what is tested here is the solver and the constraints without it (trust-region.test.ts
// tests the region itself).
const OFF = { extrapolate: Infinity };

const flat = (n: number, v: number) => new Array(n).fill(v);
const model = fixtureModel({
  kpiScale: 1000,
  channels: [
    { name: 'tv', saturation: 'logistic', lam: [2], beta: [0.4], history: flat(20, 1000) },
    { name: 'search', saturation: 'michaelis-menten', lam: [0.6], beta: [0.3], history: flat(20, 800) },
    { name: 'radio', saturation: 'logistic', lam: [3], beta: [0.1], history: flat(20, 200) },
  ],
});
const H = 4;

describe('infeasible constraints name what conflicts', () => {
  it('minimums above the budget', async () => {
    await expect(optimizeBudget(model, { ...OFF, horizon: H, budget: 1000 * H, min: { tv: 600 }, floors: { search: 500 } }))
      .rejects.toThrow('infeasible: the minimums sum to 4400 over the horizon (1100 per period), above the budget 4000: tv min 600, search floor 500');
  });
  it('maximums below the budget', async () => {
    await expect(optimizeBudget(model, { ...OFF, horizon: H, budget: 3000 * H, maxChange: 0.2 }))
      .rejects.toThrow(/infeasible: the maximums sum to 9600 over the horizon \(2400 per period\), below the budget 12000: tv max-change \+20% of current 1000, search max-change \+20% of current 800, radio max-change \+20% of current 200/);
  });
  it('locked channels above the budget', async () => {
    await expect(optimizeBudget(model, { ...OFF, horizon: H, budget: 1500 * H, lock: ['tv', 'search'] }))
      .rejects.toThrow(/minimums sum to 7200 .* tv locked at current 1000, search locked at current 800/);
  });
  it('a channel whose own bounds cross', async () => {
    await expect(optimizeBudget(model, { ...OFF, horizon: H, min: { tv: 2000 }, maxChange: 0.3 }))
      .rejects.toThrow('constraints on "tv" conflict: min 2000 exceeds max-change +30% of current 1000');
    await expect(optimizeBudget(model, { ...OFF, horizon: H, min: { tv: 500 }, max: { tv: 400 } }))
      .rejects.toThrow('constraints on "tv" conflict: min 500 exceeds max 400');
  });
  it('a lock outside another bound', async () => {
    await expect(optimizeBudget(model, { ...OFF, horizon: H, lock: ['tv'], max: { tv: 900 } }))
      .rejects.toThrow('"tv" is locked at current 1000 but max 900 excludes it');
  });
  it('unknown channels and bad numbers', async () => {
    await expect(optimizeBudget(model, { ...OFF, horizon: H, min: { tvv: 1 } })).rejects.toThrow('min: unknown channel "tvv" (channels: tv, search, radio)');
    await expect(optimizeBudget(model, { ...OFF, horizon: H, lock: ['x'] })).rejects.toThrow('lock: unknown channel "x"');
    await expect(optimizeBudget(model, { ...OFF, horizon: H, max: { tv: -1 } })).rejects.toThrow('max for "tv" must be a finite number >= 0, got -1');
    await expect(optimizeBudget(model, { ...OFF, horizon: H, budget: 0 })).rejects.toThrow('budget must be a number > 0');
    await expect(optimizeBudget(model, { ...OFF, horizon: 0 })).rejects.toThrow('horizon must be a whole number of periods >= 1, got 0');
    await expect(optimizeBudget(model, { ...OFF, horizon: H, maxChange: -0.1 })).rejects.toThrow('max-change for "tv" must be a finite fraction >= 0');
  });
});

describe('nothing to move', () => {
  it('every channel locked: the current plan, flagged', async () => {
    const plan = await optimizeBudget(model, { ...OFF, horizon: H, lock: ['tv', 'search', 'radio'] });
    expect(plan.status).toBe('nothing-to-move');
    expect(plan.message).toBe('nothing to move: every channel is fixed (tv locked at current 1000, search locked at current 800, radio locked at current 200)');
    expect(plan.allocation).toEqual({ tv: 1000, search: 800, radio: 200 });
    expect(plan.uplift.mean).toBeCloseTo(0, 6);
  });
  it('bounds that pin all but one channel (the budget fixes the last)', async () => {
    const plan = await optimizeBudget(model, { ...OFF, horizon: H, budget: 2100 * H, min: { tv: 1200 }, max: { tv: 1200 }, lock: ['radio'] });
    expect(plan.status).toBe('nothing-to-move');
    expect(plan.message).toMatch(/^nothing to move: only one channel is free and the budget fixes it \(tv min 1200, search free, radio locked at current 200\)$/);
    expect(plan.allocation.search).toBeCloseTo(700, 9);
  });
  it('two free channels: optimised', async () => {
    const plan = await optimizeBudget(model, { ...OFF, horizon: H, lock: ['radio'] });
    expect(plan.status).toBe('optimal');
    expect(plan.allocation.radio).toBe(200);
  });
});

describe('current plan', () => {
  it('defaults to the mean of the last H periods and can be overridden', async () => {
    const m = fixtureModel({ kpiScale: 1000, channels: [
      { name: 'a', lam: [2], beta: [0.3], history: [...flat(10, 100), 200, 400] },
      { name: 'b', lam: [2], beta: [0.3], history: flat(12, 100) },
    ] });
    const plan = await optimizeBudget(m, { ...OFF, horizon: 2 });
    expect(plan.current).toEqual({ a: 300, b: 100 });
    expect(plan.budget).toBe(800);
    const p2 = await optimizeBudget(m, { ...OFF, horizon: 2, current: { a: 50 } });
    expect(p2.current).toEqual({ a: 50, b: 100 });
    await expect(optimizeBudget(m, { ...OFF, horizon: 2, current: { z: 1 } })).rejects.toThrow('current: unknown channel "z"');
  });
});
