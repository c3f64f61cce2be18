// Flexible budget: the largest budget whose optimum still meets a target, by bisection on the
// budget, each solve warm-started from the previous one. Targets: the marginal ROI of the last unit
// (the KKT multiplier), or the plan's average ROI (media KPI above a zero-spend plan, per unit
// spent). Both fall as the budget grows when responses are concave.
import { mean } from '../stats';
import { checkBudget } from './bounds';
import type { Context } from './context';
import { objectiveMarginal, planValues } from './evaluate-plan';
import { kktReport } from './kkt';
import { solveBudget, type BudgetSolution } from './solve-budget';

/** Largest per-period budget P with measure(P) >= target, times the horizon. */
function largestBudget(ctx: Context, what: string, target: number, measure: (P: number, sol: BudgetSolution) => number): number {
  if (!Number.isFinite(target)) throw new Error(`${what} target must be a finite number, got ${target}`);
  const H = ctx.horizon;
  const sumMin = ctx.bounds.reduce((a, b) => a + b.min, 0);
  const sumMax = ctx.bounds.reduce((a, b) => a + b.max, 0);
  const curTotal = ctx.current.reduce((a, b) => a + b, 0);
  let warm: Float64Array | null = null;
  let alpha0: number | undefined;
  const at = (P: number) => {
    checkBudget(ctx.channels, ctx.bounds, P, H);
    const starts = warm ? [{ from: 'previous', s: warm }] : [{ from: 'current', s: ctx.current }];
    const sol = solveBudget(ctx, P, starts, 0, { alpha0 });
    warm = sol.s; alpha0 = sol.alpha;
    return measure(P, sol);
  };
  let lo = Math.max(sumMin, 1e-9 * Math.max(curTotal, 1));
  const atLowest = at(lo);
  // Returns fall as the budget grows: when the smallest budget misses the target, every budget does.
  if (!(atLowest >= target)) {
    throw new Error(`${what} target ${target} is never reached: even the smallest budget (${(lo * H).toPrecision(3)} over the horizon) gives an ${what} of ${atLowest.toPrecision(3)}`);
  }
  let hi = Math.max(curTotal, lo) * 2;
  while (hi < sumMax && at(hi) >= target) {
    lo = hi; hi *= 2;
    if (hi > 1e6 * Math.max(curTotal, 1)) throw new Error(`${what} target ${target} is never reached: the ${what} stays above it at budget ${hi * H}`);
  }
  if (hi >= sumMax) { hi = sumMax; if (at(hi) >= target) return hi * H; }
  for (let k = 0; k < 30 && hi - lo > 1e-4 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (at(mid) >= target) lo = mid; else hi = mid;
  }
  return ((lo + hi) / 2) * H;
}

/** Spend while the last unit returns at least target (value units per unit of spend). */
export function budgetForMroi(ctx: Context, target: number): number {
  return largestBudget(ctx, 'mROI', target, (P, sol) =>
    kktReport(ctx.channels, sol.s, ctx.bounds, objectiveMarginal(ctx, sol.g), P).multiplier);
}

/** Spend as much as keeps the optimal plan's average ROI (incremental media KPI x value per unit spent) at least target. */
export function budgetForRoi(ctx: Context, target: number): number {
  const zero = planValues(ctx, new Float64Array(ctx.channels.length)).media;
  const base = mean(zero);
  return largestBudget(ctx, 'ROI', target, (P, sol) => ((mean(planValues(ctx, sol.s).media) - base) * ctx.valuePerKpi) / (P * ctx.horizon));
}
