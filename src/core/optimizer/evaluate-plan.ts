// What a plan (spend per period per channel) yields under every draw: media and total KPI over the
// horizon, the objective, and the marginal returns per channel.
import type { Context } from './context';
import { objectiveOf, perDrawValues } from './objective';

export interface PlanValues {
  /** Media KPI per draw (sum over channels). */
  media: Float64Array;
  /** Baseline + media per draw. */
  total: Float64Array;
  objective: number;
}

export function planValues(ctx: Context, s: ArrayLike<number>, known?: Float64Array[]): PlanValues {
  const k = known ?? ctx.response.evaluate(s);
  const media = new Float64Array(ctx.draws);
  for (const kc of k) for (let d = 0; d < media.length; d++) media[d] += kc[d];
  const total = media.map((v, d) => v + ctx.baseline[d]);
  return { media, total, objective: objectiveOf(ctx.objective, perDrawValues(ctx.objective, k, s)) };
}

/** Marginal KPI x valuePerKpi per extra unit of total spend over the horizon, per channel per draw. */
export function marginalRoi(ctx: Context, s: ArrayLike<number>, known?: Float64Array[]): Float64Array[] {
  return (known ?? ctx.response.perDrawGradient(s)).map((g) => g.map((v) => (v / ctx.horizon) * ctx.valuePerKpi));
}

/** The objective's gradient per unit of total spend, in value units (what the KKT conditions compare). */
export function objectiveMarginal(ctx: Context, g: ArrayLike<number>): Float64Array {
  const v = ctx.objective.name === 'profit' ? 1 : ctx.valuePerKpi;
  return Float64Array.from(g, (x) => (x / ctx.horizon) * v);
}
