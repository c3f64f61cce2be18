// The true response to a budget plan: media KPI over the horizon (and the plan's own carryover after it), with the
// data's spend carried in, as the optimizer frames the problem (flat spend per period per channel).
import type { RecoveryTruth } from './types';
import { mediaEffect, mediaTotal } from './truth-curves';

export interface PlanWindow {
  /** The data's spend per channel (the last periods carry into the horizon). */
  history: Record<string, number[]>;
  horizon: number;
  /** Periods after the horizon counted for the plan's carryover (zero spend then). */
  tail: number;
}

/** Periods of history that carry into the horizon: the longest true kernel. */
function carryIn(truth: Pick<RecoveryTruth, 'channels'>): number {
  return Math.max(...truth.channels.map((c) => c.spec.lmax)) - 1;
}

/** A function of the plan (spend per period per channel) returning the true media KPI over horizon + tail. */
export function trueResponse(truth: Pick<RecoveryTruth, 'channels' | 'synergy'>, w: PlanWindow): (plan: Record<string, number>) => number {
  const L = carryIn(truth);
  const names = truth.channels.map((c) => c.spec.name);
  const series: Record<string, number[]> = {};
  for (const n of names) {
    const h = w.history[n];
    const past = h.slice(Math.max(0, h.length - L));
    series[n] = [...new Array(L - past.length).fill(0), ...past, ...new Array(w.horizon + w.tail).fill(0)];
  }
  return (plan) => {
    for (const n of names) series[n].fill(plan[n], L, L + w.horizon);
    const m = mediaTotal(mediaEffect(truth, series));
    let s = 0;
    for (let t = L; t < m.length; t++) s += m[t];
    return s;
  };
}
