// KKT check at a fixed-budget optimum: channels strictly inside their bounds share one marginal
// return (the budget multiplier); a channel at its minimum must not want more than that, one at
// its maximum must not want less.
import { mean } from '../stats';
import type { ChannelBound, KktReport } from './types';

/** marginal: d objective / d (total spend over the horizon) per channel. */
export function kktReport(channels: string[], s: ArrayLike<number>, bounds: ChannelBound[], marginal: ArrayLike<number>,
  budgetPerPeriod: number, tolerance = 1e-3): KktReport {
  const eps = 1e-6 * Math.max(budgetPerPeriod, 1e-12);
  const interior: number[] = [], atMin: number[] = [], atMax: number[] = [];
  channels.forEach((_, i) => {
    const b = bounds[i];
    if (b.max - b.min <= eps) (s[i] - b.min <= eps ? atMin : atMax).push(i);
    else if (s[i] - b.min <= eps) atMin.push(i);
    else if (b.max - s[i] <= eps) atMax.push(i);
    else interior.push(i);
  });
  const m = Array.from(marginal);
  let multiplier: number, spread = 0;
  if (interior.length > 0) {
    const v = interior.map((i) => m[i]);
    multiplier = mean(v);
    spread = v.length > 1 ? (Math.max(...v) - Math.min(...v)) / Math.max(Math.abs(multiplier), 1e-300) : 0;
  } else {
    // no free channel: any multiplier between the best at-minimum and the worst at-maximum works
    const lo = atMin.length ? Math.max(...atMin.map((i) => m[i])) : -Infinity;
    const hi = atMax.length ? Math.min(...atMax.map((i) => m[i])) : Infinity;
    multiplier = Number.isFinite(lo) && Number.isFinite(hi) ? (lo + hi) / 2 : Number.isFinite(lo) ? lo : hi;
  }
  const slack = tolerance * Math.max(Math.abs(multiplier), 1e-300);
  const violations = [
    ...atMin.filter((i) => bounds[i].max - bounds[i].min > eps && m[i] > multiplier + slack),
    ...atMax.filter((i) => bounds[i].max - bounds[i].min > eps && m[i] < multiplier - slack),
  ].map((i) => channels[i]);
  const name = (ix: number[]) => ix.map((i) => channels[i]);
  return {
    marginal: Object.fromEntries(channels.map((c, i) => [c, m[i]])),
    multiplier, interior: name(interior), atMin: name(atMin), atMax: name(atMax), spread, violations,
    tolerance, ok: spread <= tolerance && violations.length === 0,
  };
}
