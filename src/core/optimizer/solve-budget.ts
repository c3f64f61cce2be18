// Solves one fixed budget: box bounds in budget shares, multi-start projected gradient (diagonal
// Newton or spectral steps, see solver.ts), the best start kept.
import type { Context } from './context';
import { projectBudget } from './projection';
import { createRng } from '../stats';
import { solve, type SolveResult } from './solver';
import type { StartReport } from './types';

export interface BudgetSolution {
  s: Float64Array; f: number; g: Float64Array; starts: StartReport[]; pgNorm: number;
  /** Spectral step of the best start (warm-starts the next budget of a sweep). */
  alpha: number;
}

export interface WarmStart { alpha0?: number; tolerance?: number }

/** Bounds in shares of the per-period budget P, with infinite maxima capped by what the budget allows. */
function shareBounds(ctx: Context, P: number): { lo: Float64Array; hi: Float64Array } {
  const lo = Float64Array.from(ctx.bounds, (b) => b.min / P);
  const sumLo = lo.reduce((a, b) => a + b, 0);
  const hi = Float64Array.from(ctx.bounds, (b, i) => Math.max(lo[i], Math.min(b.max / P, 1 - sumLo + lo[i])));
  return { lo, hi };
}

/**
 * Maximises the objective at budget P per period. starts: named starting plans (spend per period);
 * randomStarts more are drawn uniformly in the box (seeded) and projected.
 */
export function solveBudget(ctx: Context, P: number, starts: { from: string; s: ArrayLike<number> }[], randomStarts: number,
  warm: WarmStart = {}): BudgetSolution {
  const { lo, hi } = shareBounds(ctx, P);
  const problem = {
    lo, hi, b: 1,
    evaluate: (x: Float64Array) => {
      const e = ctx.evaluate(x.map((v) => v * P));
      return { f: e.f, g: e.g.map((v) => v * P), h: e.h?.map((v) => v * P * P) };
    },
  };
  const base = { tolerance: warm.tolerance ?? ctx.opts.tolerance ?? 1e-6, maxIterations: ctx.opts.maxIterations ?? 200, alpha0: warm.alpha0 };
  const all = starts.map((st) => ({ from: st.from, x: Float64Array.from(st.s, (v) => v / P) }));
  const rand = createRng(ctx.opts.seed ?? 1).next;
  for (let k = 0; k < randomStarts; k++) {
    all.push({ from: `random ${k + 1}`, x: lo.map((l, i) => l + rand() * (hi[i] - l)) });
  }
  let best: SolveResult | null = null;
  const reports: StartReport[] = [];
  for (const st of all) {
    // later starts stop once within 1% of the budget of the best optimum so far (same basin: nothing to polish)
    const near = best ? { x: best.x, radius: 1e-2 } : undefined;
    const r = solve(problem, projectBudget(st.x, lo, hi, 1), { ...base, near });
    reports.push({ from: st.from, objective: r.f, iterations: r.iterations, ...(r.joined ? { joined: true } : {}) });
    if (!best || (!r.joined && r.f > best.f)) best = r;
  }
  const b = best!;
  return { s: b.x.map((v) => v * P), f: b.f, g: b.g.map((v) => v / P), starts: reports, pgNorm: b.pgNorm, alpha: b.alpha };
}
