// optimizeBudget: the recommended plan at a fixed (or mROI-targeted) budget, with its uncertainty
// against the current plan, marginal ROIs and the KKT check.
import type { ModelJson } from '../fit/model-json';
import { checkBudget, nothingToMove } from './bounds';
import { buildContext, type Context } from './context';
import { marginalRoi, objectiveMarginal, planValues } from './evaluate-plan';
import { budgetForMroi, budgetForRoi } from './flexible';
import { kktReport } from './kkt';
import { phasedPath } from './path';
import { projectBudget } from './projection';
import { solveBudget } from './solve-budget';
import { trustReport } from './trust-region';
import { distribution, interval } from '../stats';
import type { OptimizeOptions, Plan, StartReport } from './types';

export async function optimizeBudget(model: ModelJson, options: OptimizeOptions = {}): Promise<Plan> {
  const ctx = await buildContext(model, options);
  try {
    let budget = options.budget;
    if ([options.budget, options.mroiTarget, options.roiTarget].filter((v) => v !== undefined).length > 1) {
      throw new Error('budget, mroiTarget and roiTarget are alternatives: give one');
    }
    if (options.mroiTarget !== undefined) budget = budgetForMroi(ctx, options.mroiTarget);
    if (options.roiTarget !== undefined) budget = budgetForRoi(ctx, options.roiTarget);
    budget ??= ctx.current.reduce((a, b) => a + b, 0) * ctx.horizon;
    return planAt(ctx, budget);
  } finally {
    ctx.dispose();
  }
}

export function checkedBudget(ctx: Context, budget: number): number {
  if (!Number.isFinite(budget) || budget <= 0) throw new Error(`budget must be a number > 0 (total over the horizon), got ${budget}`);
  const P = budget / ctx.horizon;
  checkBudget(ctx.channels, ctx.bounds, P, ctx.horizon);
  return P;
}

export function planAt(ctx: Context, budget: number): Plan {
  const P = checkedBudget(ctx, budget);
  const { channels, bounds, current, horizon } = ctx;
  const stuck = nothingToMove(channels, bounds);
  let s: Float64Array, g: Float64Array, starts: StartReport[];
  if (stuck) {
    // the feasible set is one point: the projection of anything onto it
    s = projectBudget(current, bounds.map((b) => b.min), bounds.map((b) => Math.min(b.max, P)), P);
    g = ctx.evaluate(s).g;
    starts = [];
  } else {
    const equal = new Float64Array(channels.length).fill(P / channels.length);
    const sol = solveBudget(ctx, P, [{ from: 'current', s: current }, { from: 'equal split', s: equal }], ctx.opts.randomStarts ?? 3);
    ({ s, g, starts } = sol);
  }
  const cur = planValues(ctx, current);
  const both = ctx.response.evaluateWithGradient(s);
  const rec = planValues(ctx, s, both.k);
  const uplift = rec.total.map((v, d) => v - cur.total[d]);
  const ud = distribution(uplift);
  const mroi = marginalRoi(ctx, s, both.dk);
  const rec0 = (v: ArrayLike<number>) => Object.fromEntries(channels.map((c, i) => [c, v[i]]));
  const plan: Plan = {
    status: stuck ? 'nothing-to-move' : 'optimal',
    ...(stuck ? { message: stuck } : {}),
    objective: ctx.objective.name,
    horizon, budget, channels, draws: ctx.draws,
    carryover: ctx.includeCarryover ? 'included' : 'excluded',
    allocation: rec0(s),
    allocation_by_period: Object.fromEntries(channels.map((c, i) => [c, ctx.patterns[i].map((w) => w * s[i])])),
    current: rec0(current),
    bounds: Object.fromEntries(channels.map((c, i) => [c, bounds[i]])),
    kpi_current: distribution(cur.total),
    kpi_recommended: distribution(rec.total),
    media_current: distribution(cur.media),
    media_recommended: distribution(rec.media),
    uplift: { mean: ud.mean, sd: ud.sd, q03: ud.q03, q25: ud.q25, q75: ud.q75, q97: ud.q97 },
    p_uplift_positive: uplift.reduce((a, v) => a + (v > 0 ? 1 : 0), 0) / uplift.length,
    mroi: Object.fromEntries(channels.map((c, i) => [c, interval(mroi[i])])),
    mroi_current: Object.fromEntries(marginalRoi(ctx, current).map((m, i) => [channels[i], interval(m)])),
    objective_value: rec.objective,
    objective_current: cur.objective,
    kkt: kktReport(channels, s, bounds, objectiveMarginal(ctx, g), P, ctx.objective.rankWeights ? 1e-2 : 1e-3),
    trust_region: trustReport(channels, s, ctx.patterns, ctx.trust, ctx.extrapolate, ctx.periodWord),
    starts,
  };
  if (ctx.opts.keepDraws) plan.per_draw = { kpi_current: Array.from(cur.total), kpi_recommended: Array.from(rec.total), uplift: Array.from(uplift) };
  if (ctx.opts.maxStepChange !== undefined) {
    plan.path = phasedPath(channels, current, s, ctx.opts.maxStepChange, (x) => planValues(ctx, x).total.reduce((a, b) => a + b, 0) / ctx.draws);
  }
  return plan;
}
