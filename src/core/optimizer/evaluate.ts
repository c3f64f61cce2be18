// What-if: a user's own plan (spend per period per channel) scored against the current one under
// every draw, with the same horizon, carryover and baseline as optimizeBudget.
import type { ModelJson } from '../fit/model-json';
import { buildContext } from './context';
import { marginalRoi, planValues } from './evaluate-plan';
import { distribution, interval } from '../stats';
import type { Distribution, Interval, OptimizeOptions } from './types';
import { ownValue } from '../data/records';

export interface PlanEvaluation {
  allocation: Record<string, number>;
  current: Record<string, number>;
  kpi_current: Distribution;
  kpi_plan: Distribution;
  uplift: Interval & { q25: number; q75: number; sd: number };
  p_uplift_positive: number;
  mroi: Record<string, Interval>;
  objective_value: number;
}

export async function evaluatePlan(model: ModelJson, allocation: Record<string, number>, options: OptimizeOptions = {}): Promise<PlanEvaluation> {
  const ctx = await buildContext(model, options);
  try {
    const { channels } = ctx;
    for (const k of Object.keys(allocation)) if (!channels.includes(k)) throw new Error(`plan: unknown channel "${k}" (channels: ${channels.join(', ')})`);
    const s = Float64Array.from(channels, (c, i) => {
      const v = ownValue(allocation, c) ?? ctx.current[i];
      if (!Number.isFinite(v) || v < 0) throw new Error(`plan for "${c}" must be a finite number >= 0, got ${v}`);
      return v;
    });
    const cur = planValues(ctx, ctx.current);
    const both = ctx.response.evaluateWithGradient(s);
    const p = planValues(ctx, s, both.k);
    const up = p.total.map((v, d) => v - cur.total[d]);
    const ud = distribution(up);
    const m = marginalRoi(ctx, s, both.dk);
    const rec = (v: ArrayLike<number>) => Object.fromEntries(channels.map((c, i) => [c, v[i]]));
    return {
      allocation: rec(s), current: rec(ctx.current),
      kpi_current: distribution(cur.total), kpi_plan: distribution(p.total),
      uplift: { mean: ud.mean, sd: ud.sd, q03: ud.q03, q25: ud.q25, q75: ud.q75, q97: ud.q97 },
      p_uplift_positive: up.reduce((a, v) => a + (v > 0 ? 1 : 0), 0) / up.length,
      mroi: Object.fromEntries(channels.map((c, i) => [c, interval(m[i])])),
      objective_value: p.objective,
    };
  } finally {
    ctx.dispose();
  }
}
