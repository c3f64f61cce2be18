// Risk-aware objectives trade expected KPI for a better lower tail.
import { describe, expect, it } from 'vitest';
import { optimizeBudget } from '../../src/core/optimizer';
import { cvarRankWeights, quantileRankWeights } from '../../src/core/optimizer/risk';
import { createRng, quantile } from '../../src/core/stats';
import { fixtureModel } from '../fixtures/model';
import { referenceMedia } from './reference-media';

// The trust region is off in this file (extrapolate: Infinity): its fixtures' flat spend histories would cap every
// channel at today's spend, and what is tested here is the solver and the constraints without it (trust-region.test.ts
// tests the region itself).
const OFF = { extrapolate: Infinity };

describe('rank weights', () => {
  it('sum to one; CVaR is the mean of the worst fraction; the quantile kernel centres on p n', () => {
    const q = quantileRankWeights(1000, 0.1);
    expect(q.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const centre = q.reduce((a, w, i) => a + w * (i + 0.5), 0);
    expect(centre).toBeCloseTo(100, 0);
    const c = cvarRankWeights(25, 0.1); // worst 2.5 draws
    expect(Array.from(c.slice(0, 4))).toEqual([0.4, 0.4, 0.2, 0]);
    expect(Array.from(quantileRankWeights(1, 0.1))).toEqual([1]);
    expect(Array.from(cvarRankWeights(1, 0.1))).toEqual([1]);
  });
});

describe('risk objectives', () => {
  // safe: the same response in every draw; risky: a higher mean effect but widely uncertain
  const r = createRng(3).next;
  const n = 200;
  const riskyBeta = Array.from({ length: n }, () => 0.5 * (0.2 + 1.6 * r()));
  const model = fixtureModel({
    kpiScale: 1000,
    channels: [
      { name: 'safe', saturation: 'logistic', lam: new Array(n).fill(2), beta: new Array(n).fill(0.4), history: new Array(10).fill(1000) },
      { name: 'risky', saturation: 'logistic', lam: new Array(n).fill(2), beta: riskyBeta, history: new Array(10).fill(1000) },
    ],
  });
  const H = 4, budget = 2000 * H;
  const totals = (alloc: Record<string, number>) => referenceMedia(model, alloc, H);
  const cvar = (v: number[], a: number) => { const s = [...v].sort((x, y) => x - y); const k = Math.round(a * s.length); return s.slice(0, k).reduce((x, y) => x + y, 0) / k; };
  const meanOf = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

  it('q10 and CVaR plans move spend to the safe channel and lift the lower tail, at some cost in the mean', async () => {
    const m = await optimizeBudget(model, { ...OFF, horizon: H, budget });
    const q = await optimizeBudget(model, { ...OFF, horizon: H, budget, objective: 'q10' });
    const c = await optimizeBudget(model, { ...OFF, horizon: H, budget, objective: 'cvar10' });
    const ms = await optimizeBudget(model, { ...OFF, horizon: H, budget, objective: 'mean-sd', riskAversion: 2 });
    const tm = totals(m.allocation), tq = totals(q.allocation), tc = totals(c.allocation), tms = totals(ms.allocation);
    for (const p of [q, c, ms]) expect(p.allocation.safe).toBeGreaterThan(m.allocation.safe + 50);
    expect(quantile(tq, 0.1)).toBeGreaterThan(quantile(tm, 0.1));
    expect(cvar(tc, 0.1)).toBeGreaterThan(cvar(tm, 0.1));
    expect(meanOf(tm)).toBeGreaterThan(meanOf(tq));
    expect(meanOf(tm)).toBeGreaterThan(meanOf(tc));
    expect(meanOf(tm)).toBeGreaterThan(meanOf(tms));
    // each plan is the best under its own objective (the solver's own report)
    expect(q.objective_value).toBeGreaterThanOrEqual(q.objective_current);
    expect(q.kkt.spread).toBeLessThan(1e-2);
  });

  it('riskOn media ignores the baseline: with a per-draw baseline the tail draws change, and so can the plan', async () => {
    // a baseline anti-correlated with the risky channel's effect makes that channel a hedge on total KPI
    const hedge = fixtureModel({
      kpiScale: 1000,
      intercept: riskyBeta.map((b) => 1.2 - 2 * b),
      channels: model.spec.channels.map((c) => ({
        name: c.name, saturation: 'logistic' as const, lam: model.draws[`saturation_lam[${c.name}]`][0],
        beta: model.draws[`saturation_beta[${c.name}]`][0], history: new Array(10).fill(1000),
      })),
    });
    const total = await optimizeBudget(hedge, { ...OFF, horizon: H, budget, objective: 'cvar10' });
    const media = await optimizeBudget(hedge, { ...OFF, horizon: H, budget, objective: 'cvar10', riskOn: 'media' });
    expect(total.allocation.risky).toBeGreaterThan(media.allocation.risky + 50);
    await expect(optimizeBudget(hedge, { ...OFF, horizon: H, riskOn: 'x' as never })).rejects.toThrow('riskOn must be "total" or "media"');
  });
});
