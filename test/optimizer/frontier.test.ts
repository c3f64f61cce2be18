// The budget sweep, the flexible (mROI-target) budget, the phased path, profit and the CSV export.
import { describe, expect, it } from 'vitest';
import { budgetFrontier, evaluatePlan, optimizeBudget, planToCsv } from '../../src/core/optimizer';
import { fixtureModel } from '../fixtures/model';

// The trust region is off in this file (extrapolate: Infinity): its fixtures' flat spend histories would cap every
// channel at today's spend, and what is tested here is the solver and the constraints without it (trust-region.test.ts
// tests the region itself).
const OFF = { extrapolate: Infinity };

const flat = (n: number, v: number) => new Array(n).fill(v);
const model = fixtureModel({
  kpiScale: 10000,
  intercept: [0.5, 0.45, 0.55],
  channels: [
    { name: 'tv', lmax: 4, saturation: 'logistic', alpha: [0.5, 0.4, 0.6], lam: [2, 3, 1.5], beta: [0.4, 0.35, 0.5], history: flat(20, 1000) },
    { name: 'search', lmax: 2, saturation: 'michaelis-menten', alpha: [0.2, 0.3, 0.1], lam: [0.6, 0.4, 1], beta: [0.3, 0.2, 0.35], history: flat(20, 800) },
    { name: 'radio', lmax: 1, saturation: 'hill', kappa: [0.5, 0.7, 0.4], slope: [1, 0.8, 1.2], beta: [0.1, 0.15, 0.12], history: flat(20, 300) },
  ],
});
const H = 6;

describe('budgetFrontier', () => {
  it('rises with the budget at a falling marginal ROI, and matches optimizeBudget at the current budget', async () => {
    const fr = await budgetFrontier(model, { ...OFF, horizon: H });
    expect(fr.points).toHaveLength(20);
    expect(fr.current_budget).toBeCloseTo(2100 * H, 6);
    expect(fr.points[0].budget).toBeCloseTo(0.5 * 2100 * H, 6);
    expect(fr.points[19].budget).toBeCloseTo(2 * 2100 * H, 6);
    for (let i = 1; i < 20; i++) {
      expect(fr.points[i].kpi.mean).toBeGreaterThan(fr.points[i - 1].kpi.mean);
      expect(fr.points[i].mroi_last.mean).toBeLessThan(fr.points[i - 1].mroi_last.mean);
      expect(fr.points[i].kpi.q03).toBeLessThan(fr.points[i].kpi.q97);
    }
    // the marginal ROI of the last unit is the slope of the frontier (envelope theorem), to a few %
    for (let i = 1; i < 19; i++) {
      const slope = (fr.points[i + 1].objective_value - fr.points[i - 1].objective_value) / (fr.points[i + 1].budget - fr.points[i - 1].budget);
      expect(Math.abs(fr.points[i].mroi_last.mean - slope) / slope).toBeLessThan(0.03);
    }
    const at1 = await budgetFrontier(model, { ...OFF, horizon: H, fractions: [1] });
    const plan = await optimizeBudget(model, { ...OFF, horizon: H });
    expect(at1.points[0].objective_value / plan.objective_value).toBeCloseTo(1, 5);
  });

  it('flags budgets the constraints cannot meet instead of failing', async () => {
    const fr = await budgetFrontier(model, { ...OFF, horizon: H, maxChange: 0.3, fractions: [0.5, 1, 1.2, 2] });
    expect(fr.points.map((p) => p.feasible)).toEqual([false, true, true, false]);
  });
});

describe('flexible budget', () => {
  it('mroiTarget: spends until the last unit returns the target', async () => {
    const fr = await budgetFrontier(model, { ...OFF, horizon: H, fractions: [1] });
    const target = fr.points[0].mroi_last.mean * 0.7;
    const plan = await optimizeBudget(model, { ...OFF, horizon: H, mroiTarget: target });
    expect(plan.budget).toBeGreaterThan(2100 * H);
    expect(Math.abs(plan.kkt.multiplier - target) / target).toBeLessThan(0.01);
  });

  it('roiTarget: the largest budget whose plan keeps the average ROI at the target', async () => {
    const plan = await optimizeBudget(model, { ...OFF, horizon: H, roiTarget: 2 });
    const zero = await optimizeBudget(model, { ...OFF, horizon: H, budget: plan.budget, current: { tv: 0, search: 0, radio: 0 } });
    // media KPI of the plan above the zero-spend plan, per unit spent
    const roi = (plan.media_recommended.mean - zero.media_current.mean) / plan.budget;
    expect(roi).toBeCloseTo(2, 2);
    await expect(optimizeBudget(model, { ...OFF, horizon: H, roiTarget: 2, budget: 100 })).rejects.toThrow('alternatives');
  });

  it('profit with mroiTarget 0: the profit-maximising budget, where a unit of value per unit of spend is the margin', async () => {
    const plan = await optimizeBudget(model, { ...OFF, horizon: H, objective: 'profit', valuePerKpi: 3, mroiTarget: 0 });
    expect(Math.abs(plan.kkt.multiplier)).toBeLessThan(0.01);
    for (const c of plan.kkt.interior) expect(plan.mroi[c].mean).toBeCloseTo(1, 1);
  });

  it('profit with a value multiplier moves spend to the more valuable channel', async () => {
    const base = await optimizeBudget(model, { ...OFF, horizon: H, objective: 'profit' });
    const tilted = await optimizeBudget(model, { ...OFF, horizon: H, objective: 'profit', valueMultiplier: { search: 2 } });
    expect(tilted.allocation.search).toBeGreaterThan(base.allocation.search * 1.05);
  });
});

describe('phased path and CSV', () => {
  it('moves from current to recommended in steps no larger than the max step change', async () => {
    const plan = await optimizeBudget(model, { ...OFF, horizon: H, budget: 2600 * H, maxStepChange: 0.1 });
    const path = plan.path!;
    expect(path[0].allocation).toEqual(plan.current);
    for (const c of plan.channels) expect(path[path.length - 1].allocation[c]).toBeCloseTo(plan.allocation[c], 9);
    for (let k = 1; k < path.length; k++) {
      for (const c of plan.channels) {
        expect(Math.abs(path[k].allocation[c] - path[k - 1].allocation[c])).toBeLessThanOrEqual(0.1 * plan.current[c] + 1e-9);
      }
    }
    expect(path[path.length - 1].kpi_mean).toBeCloseTo(plan.kpi_recommended.mean, 3);
  });

  it('exports one CSV row per channel with the summary below', async () => {
    const plan = await optimizeBudget(model, { ...OFF, horizon: H });
    const lines = planToCsv(plan).trim().split('\n');
    expect(lines[0].split(',').slice(0, 5)).toEqual(['channel', 'current_per_period', 'recommended_per_period', 'change_pct', 'recommended_total']);
    expect(lines[0].split(',')).toHaveLength(10 + H);
    expect(lines[1].startsWith('tv,1000,')).toBe(true);
    expect(lines.slice(5)).toHaveLength(5);
    expect(lines[6].startsWith('kpi_current,')).toBe(true);
    expect(lines[9].startsWith('p_uplift_positive,')).toBe(true);
  });

  it('reports uplift and its probability coherently', async () => {
    const plan = await optimizeBudget(model, { ...OFF, horizon: H });
    expect(plan.uplift.mean).toBeCloseTo(plan.kpi_recommended.mean - plan.kpi_current.mean, 6);
    expect(plan.uplift.mean).toBeGreaterThanOrEqual(-1e-6);
    expect(plan.p_uplift_positive).toBeGreaterThanOrEqual(0);
    expect(plan.p_uplift_positive).toBeLessThanOrEqual(1);
    expect(plan.carryover).toBe('included');
    expect(plan.allocation_by_period.tv).toHaveLength(H);
    expect(plan.per_draw).toBeUndefined();
    const kept = await optimizeBudget(model, { ...OFF, horizon: H, keepDraws: true });
    expect(kept.per_draw!.uplift).toHaveLength(3);
    expect(kept.per_draw!.uplift[1]).toBeCloseTo(kept.per_draw!.kpi_recommended[1] - kept.per_draw!.kpi_current[1], 6);
  });
});

describe('evaluatePlan', () => {
  it('scores the recommended plan as optimizeBudget does, and a worse plan lower', async () => {
    const plan = await optimizeBudget(model, { ...OFF, horizon: H });
    const same = await evaluatePlan(model, plan.allocation, { horizon: H });
    expect(same.kpi_plan.mean).toBeCloseTo(plan.kpi_recommended.mean, 6);
    expect(same.uplift.mean).toBeCloseTo(plan.uplift.mean, 6);
    const worse = await evaluatePlan(model, { tv: 100, search: 1700, radio: 300 }, { horizon: H });
    expect(worse.kpi_plan.mean).toBeLessThan(plan.kpi_recommended.mean);
    await expect(evaluatePlan(model, { tvv: 1 }, { horizon: H })).rejects.toThrow('plan: unknown channel "tvv"');
  });
});
