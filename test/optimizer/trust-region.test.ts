// The trust region: no planned period spend beyond extrapolate x the largest period spend the model was fitted on;
// the tighter of it and the business constraints wins; a plan at the edge says so; bad multipliers are refused.
import { describe, expect, it } from 'vitest';
import { optimizeBudget } from '../../src/core/optimizer';
import { DEFAULT_EXTRAPOLATE } from '../../src/core/optimizer/defaults';
import { largestSpendSeen } from '../../src/core/fit';
import type { ModelJson } from '../../src/core/fit/model-json';
import { fixtureModel } from '../fixtures/model';

const flat = (n: number, v: number) => new Array(n).fill(v);
// tv: 1000 a week but for one week of 1500 (its largest) early on; search: a weak channel the plan drains into tv.
const tvHistory = [...flat(8, 1000), 1500, ...flat(11, 1000)];
const model = fixtureModel({
  kpiScale: 1000,
  channels: [
    { name: 'tv', lmax: 2, saturation: 'logistic', alpha: [0.3], lam: [0.5], beta: [0.6], history: tvHistory },
    { name: 'search', saturation: 'michaelis-menten', lam: [0.6], beta: [0.02], history: flat(20, 800) },
  ],
});
const H = 4;
const perPeriod = 1800;

describe('trust region', () => {
  it('defaults to 1x: the largest spend seen in one period', () => {
    expect(DEFAULT_EXTRAPOLATE).toBe(1);
    expect(largestSpendSeen(model)).toEqual({ tv: 1500, search: 800 });
  });

  it('caps a channel at the largest period spend seen x the multiplier, names the bound, and says so', async () => {
    const off = await optimizeBudget(model, { horizon: H, extrapolate: Infinity });
    // without it the plan wants tv well beyond anything the data shows
    expect(off.allocation.tv).toBeGreaterThan(1700);
    expect(off.bounds.tv.maxFrom).toBe('no maximum');
    expect(off.trust_region!.notes[0]).toMatch(/^tv: \d[\d,]* per week, beyond the largest spend the model has seen \(1,500\)/);

    const plan = await optimizeBudget(model, { horizon: H });
    expect(plan.budget).toBeCloseTo(perPeriod * H, 9);
    expect(plan.allocation.tv).toBeCloseTo(1500, 6);
    expect(plan.allocation.search).toBeCloseTo(300, 6);
    expect(plan.bounds.tv.maxFrom).toBe('trust region: 1x the largest spend seen (1500 per period)');
    expect(plan.kkt.atMax).toEqual(['tv']);
    expect(plan.kkt.ok).toBe(true);
    expect(plan.trust_region).toMatchObject({ extrapolate: 1, channels: { tv: { seen: 1500, cap: 1500, at_edge: true, beyond_seen: false } } });
    expect(plan.trust_region!.channels.search.at_edge).toBe(false);
    expect(plan.trust_region!.notes).toEqual(['tv: at the largest spend the model has seen (1,500 per week)']);

    const wide = await optimizeBudget(model, { horizon: H, extrapolate: 1.1 });
    expect(wide.allocation.tv).toBeCloseTo(1650, 6);
    expect(wide.trust_region!.channels.tv).toMatchObject({ at_edge: true, beyond_seen: true });
    expect(wide.trust_region!.channels.tv.cap).toBeCloseTo(1650, 9);
    expect(wide.trust_region!.notes).toEqual([
      "tv: at the trust region's edge, 1.1x the largest spend the model has seen (1,650 per week, against 1,500 seen): the response there is extrapolated",
    ]);
  });

  it('caps the largest planned period under a flighting pattern, not the mean', async () => {
    // weights 2, 1, 1, 0 (mean 1): the peak period spends twice the mean, so the mean stops at 750
    const plan = await optimizeBudget(model, { horizon: H, budget: 1000 * H, flighting: { tv: [2, 1, 1, 0] } });
    expect(Math.max(...plan.allocation_by_period.tv)).toBeCloseTo(1500, 6);
    expect(plan.allocation.tv).toBeCloseTo(750, 6);
    expect(plan.bounds.tv.maxFrom).toBe('trust region: 1x the largest spend seen (1500 per period, a mean of 750 under its flighting)');
    expect(plan.trust_region!.notes).toEqual(['tv: at the largest spend the model has seen (1,500 per week)']);
  });

  it('counts only the rows the model was fitted on (a holdout is unseen)', async () => {
    // hold out the last 12 weeks: tv's 1500 week is fitted; move it into the holdout and the largest seen is 1000
    const late = fixtureModel({
      kpiScale: 1000,
      channels: [
        { name: 'tv', lmax: 2, saturation: 'logistic', alpha: [0.3], lam: [0.5], beta: [0.6], history: [...flat(15, 1000), 1500, ...flat(4, 1000)] },
        { name: 'search', saturation: 'michaelis-menten', lam: [0.6], beta: [0.02], history: flat(20, 800) },
      ],
    });
    // As fitModel writes it: a model with a holdout is scaled on its fitted rows (tv's max there is 1000).
    const held: ModelJson = {
      ...late, holdout: { periods: 12, start: late.data.dates[8] },
      scaling: { ...late.scaling, channels: { ...late.scaling.channels, tv: Math.max(...late.data.channels.tv.slice(0, 8)) } },
    };
    expect(largestSpendSeen(late).tv).toBe(1500);
    expect(largestSpendSeen(held).tv).toBe(1000);
    const plan = await optimizeBudget(held, { horizon: H });
    expect(plan.allocation.tv).toBeCloseTo(1000, 6);
  });

  it('combines with the other bounds: the tighter upper bound wins and is the one named', async () => {
    const max = await optimizeBudget(model, { horizon: H, max: { tv: 1200 } });
    expect(max.allocation.tv).toBeCloseTo(1200, 6);
    expect(max.bounds.tv.maxFrom).toBe('max 1200');
    expect(max.trust_region!.notes).toEqual([]);
    const change = await optimizeBudget(model, { horizon: H, maxChange: { tv: 0.1 } });
    expect(change.bounds.tv.maxFrom).toBe('max-change +10% of current 1000');
    expect(change.allocation.tv).toBeCloseTo(1100, 6);
    // a looser business bound leaves the trust region binding
    const loose = await optimizeBudget(model, { horizon: H, max: { tv: 5000 }, maxChange: 2 });
    expect(loose.bounds.tv.maxFrom).toMatch(/^trust region/);
    expect(loose.allocation.tv).toBeCloseTo(1500, 6);
  });

  it('an infeasible set names the trust region and how to widen it', async () => {
    await expect(optimizeBudget(model, { horizon: H, budget: 2400 * H }))
      .rejects.toThrow('infeasible: the maximums sum to 9200 over the horizon (2300 per period), below the budget 9600: ' +
        'tv trust region: 1x the largest spend seen (1500 per period), search trust region: 1x the largest spend seen (800 per period) ' +
        '(the trust region widens with extrapolate, e.g. 1.5)');
    await expect(optimizeBudget(model, { horizon: H, min: { tv: 1600 } }))
      .rejects.toThrow('constraints on "tv" conflict: min 1600 exceeds trust region: 1x the largest spend seen (1500 per period) (the trust region widens with extrapolate, e.g. 1.5)');
    await expect(optimizeBudget(model, { horizon: H, current: { tv: 1600 }, lock: ['tv'] }))
      .rejects.toThrow('"tv" is locked at current 1600 but trust region: 1x the largest spend seen (1500 per period) excludes it');
    // widened, the same requests are feasible
    const wide = await optimizeBudget(model, { horizon: H, budget: 2400 * H, extrapolate: 1.5 });
    expect(wide.allocation.tv + wide.allocation.search).toBeCloseTo(2400, 6);
  });

  it('refuses a multiplier that is not a number >= 1, naming it', async () => {
    for (const bad of [0, -1, 0.5, NaN, '2' as unknown as number]) {
      await expect(optimizeBudget(model, { horizon: H, extrapolate: bad })).rejects.toThrow(/^extrapolate must be a number >= 1 .*got /);
    }
    await expect(optimizeBudget(model, { horizon: H, extrapolate: 0.5 })).rejects.toThrow('below 1 it would forbid spend the data has seen');
  });
});
