// Plan and frontier reduced to what the Optimise charts draw.
import type { Frontier, Plan } from '../../core/optimizer';
import { channelColour } from '../charts/palette';
import type { AllocationRow, FrontierRow } from '../charts/types';

/** Colours follow the model's channel order, so a channel looks the same here as on the Results page. */
export function allocationRows(plan: Plan, modelChannels: string[]): AllocationRow[] {
  return plan.channels.map((ch) => ({
    name: ch, colour: channelColour(modelChannels, ch), current: plan.current[ch], recommended: plan.allocation[ch],
    min: plan.bounds[ch]?.min, max: plan.bounds[ch]?.max,
  }));
}

/** Feasible frontier points only, in budget order. */
export function frontierRows(f: Frontier): FrontierRow[] {
  return f.points
    .filter((p) => p.feasible && Number.isFinite(p.kpi.mean))
    .sort((a, b) => a.budget - b.budget)
    .map((p) => ({ budget: p.budget, kpi: p.kpi, mroi: p.mroi_last }));
}

/** Per-draw uplift when the plan carries it (optimizer option keepDraws), else null and the chart shows quantiles. */
export function upliftDraws(plan: Plan): number[] | null {
  const d = plan.per_draw?.uplift;
  return Array.isArray(d) && d.length > 1 ? d : null;
}

/** Sum of per-period spend over channels (for "per period" labels next to a total budget). */
export function totalPerPeriod(r: Record<string, number>): number {
  return Object.values(r).reduce((a, b) => a + b, 0);
}
