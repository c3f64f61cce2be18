// The efficient frontier: the optimum at a sweep of budgets (default 20 from 50% to 200% of the
// current total), each warm-started from the previous budget's plan.
import type { ModelJson } from '../fit/model-json';
import { buildContext } from './context';
import { defaultFractions } from './defaults';
import { marginalRoi, objectiveMarginal, planValues } from './evaluate-plan';
import { kktReport } from './kkt';
import { checkedBudget } from './optimize';
import { solveBudget } from './solve-budget';
import { distribution, interval } from '../stats';
import type { Frontier, FrontierOptions, FrontierPoint } from './types';

export async function budgetFrontier(model: ModelJson, options: FrontierOptions = {}): Promise<Frontier> {
  const ctx = await buildContext(model, options);
  try {
    const { channels, horizon } = ctx;
    const current = ctx.current.reduce((a, b) => a + b, 0) * horizon;
    const fractions = options.fractions ?? defaultFractions();
    const points: FrontierPoint[] = [];
    // warm start: the previous optimum extrapolated along the path (secant), and its step size
    let prev: Float64Array | null = null, prev2: Float64Array | null = null, alpha0: number | undefined;
    let pb = 0, pb2 = 0;
    for (const f of fractions) {
      const budget = f * current;
      let P: number;
      try { P = checkedBudget(ctx, budget); } catch {
        points.push({ budget, feasible: false, allocation: {}, kpi: distribution([NaN]), objective_value: NaN, mroi_last: { mean: NaN, q03: NaN, q97: NaN } });
        continue;
      }
      const equal = new Float64Array(channels.length).fill(P / channels.length);
      const r = prev && prev2 && pb !== pb2 ? (P - pb) / (pb - pb2) : 0;
      const guess = prev ? prev.map((v, i) => Math.max(0, v + r * (v - (prev2 ? prev2[i] : v)))) : null;
      const starts = guess ? [{ from: 'previous budget', s: guess }] : [{ from: 'current', s: ctx.current }, { from: 'equal split', s: equal }];
      const sol = solveBudget(ctx, P, starts, guess ? 0 : options.randomStarts ?? 0, { alpha0, tolerance: Math.max(ctx.opts.tolerance ?? 1e-6, 1e-5) });
      prev2 = prev; prev = sol.s; alpha0 = sol.alpha; pb2 = pb; pb = P;
      const kkt = kktReport(channels, sol.s, ctx.bounds, objectiveMarginal(ctx, sol.g), P);
      // the last unit goes to the free channels (they share one marginal return); per draw, their mean
      const free = kkt.interior.map((c) => channels.indexOf(c));
      const both = ctx.response.evaluateWithGradient(sol.s);
      const m = marginalRoi(ctx, sol.s, both.dk);
      const perDraw = free.length > 0
        ? m[0].map((_, d) => free.reduce((a, i) => a + m[i][d], 0) / free.length)
        : new Float64Array(ctx.draws).fill(kkt.multiplier);
      const v = planValues(ctx, sol.s, both.k);
      points.push({
        budget, feasible: true,
        allocation: Object.fromEntries(channels.map((c, i) => [c, sol.s[i]])),
        kpi: distribution(v.total), objective_value: v.objective, mroi_last: interval(perDraw),
      });
    }
    return { objective: ctx.objective.name, horizon, current_budget: current, points };
  } finally {
    ctx.dispose();
  }
}
