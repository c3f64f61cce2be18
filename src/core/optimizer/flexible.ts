// Flexible budget: the largest budget whose last unit still returns at least the target marginal
// ROI, by bisection on the budget (the optimal multiplier falls as the budget grows when responses
// are concave), each solve warm-started from the previous one.
import { checkBudget } from './bounds';
import type { Context } from './context';
import { objectiveMarginal } from './evaluate-plan';
import { kktReport } from './kkt';
import { solveBudget } from './solve-budget';

export function budgetForMroi(ctx: Context, target: number): number {
  if (!Number.isFinite(target)) throw new Error(`mROI target must be a finite number, got ${target}`);
  const H = ctx.horizon;
  const sumMin = ctx.bounds.reduce((a, b) => a + b.min, 0);
  const sumMax = ctx.bounds.reduce((a, b) => a + b.max, 0);
  const curTotal = ctx.current.reduce((a, b) => a + b, 0);
  let warm: Float64Array | null = null;
  let alpha0: number | undefined;
  const multiplierAt = (P: number) => {
    checkBudget(ctx.channels, ctx.bounds, P, H);
    const starts = warm ? [{ from: 'previous', s: warm }] : [{ from: 'current', s: ctx.current }];
    const sol = solveBudget(ctx, P, starts, 0, { alpha0 });
    warm = sol.s; alpha0 = sol.alpha;
    return kktReport(ctx.channels, sol.s, ctx.bounds, objectiveMarginal(ctx, sol.g), P).multiplier;
  };
  let lo = Math.max(sumMin, 1e-9 * Math.max(curTotal, 1));
  if (multiplierAt(lo) < target) return lo * H;
  let hi = Math.max(curTotal, lo) * 2;
  while (hi < sumMax && multiplierAt(hi) >= target) {
    lo = hi; hi *= 2;
    if (hi > 1e6 * Math.max(curTotal, 1)) throw new Error(`mROI target ${target} is never reached: the marginal ROI stays above it at budget ${hi * H}`);
  }
  if (hi >= sumMax) { hi = sumMax; if (multiplierAt(hi) >= target) return hi * H; }
  for (let k = 0; k < 30 && hi - lo > 1e-4 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (multiplierAt(mid) >= target) lo = mid; else hi = mid;
  }
  return ((lo + hi) / 2) * H;
}
