// The trust region: each channel's planned spend in any one period stays within `extrapolate` x the largest spend in
// one period the model was fitted on (fit/spend-seen), so a plan does not rest on a response curve the data never
// reached unless the analyst widens it. A plan's spend in period t is pattern[t] x its mean spend per period s
// (window.ts), so the cap on the largest planned period spend, s x max(pattern) <= extrapolate x seen, is a box bound
// on s that bounds.ts combines with the business constraints (the tighter wins).
import type { ModelJson } from '../fit/model-json';
import { largestSpendSeen } from '../fit/spend-seen';
import { DEFAULT_EXTRAPOLATE } from './defaults';
import type { TrustRegionReport } from './types';

export interface TrustCap {
  /** Largest spend in one period the model has seen. */
  seen: number;
  /** Cap on the spend of any one planned period: extrapolate x seen (Infinity when off). */
  cap: number;
  /** The flighting pattern's peak weight (1 when flat). */
  peak: number;
  /** The cap on the mean spend per period s: cap / peak (the bound bounds.ts applies, naming it). */
  meanCap: number;
  extrapolate: number;
}

/** The multiplier as given (default DEFAULT_EXTRAPOLATE); throws naming `extrapolate` unless a number >= 1 (Infinity: off). */
export function checkExtrapolate(v: number | undefined): number {
  if (v === undefined) return DEFAULT_EXTRAPOLATE;
  if (typeof v !== 'number' || Number.isNaN(v) || v < 1) {
    throw new Error(`extrapolate must be a number >= 1 (a multiple of the largest spend per period the model has seen; ` +
      `1 = stay within it, Infinity = no trust region), got ${v}: below 1 it would forbid spend the data has seen`);
  }
  return v;
}

/** Each channel's trust-region cap, given its flighting pattern (weights with mean 1). */
export function trustCaps(model: ModelJson, channels: string[], patterns: number[][], extrapolate: number): TrustCap[] {
  const seen = largestSpendSeen(model);
  return channels.map((c, i) => {
    const peak = Math.max(...patterns[i]);
    const cap = Number.isFinite(extrapolate) ? extrapolate * seen[c] : Infinity;
    return { seen: seen[c], cap, peak, meanCap: cap / peak, extrapolate };
  });
}

/** Relative tolerance for "at the edge": the solver's projection puts a bound-active channel on its bound to rounding. */
const EDGE_TOL = 1e-6;

/**
 * The plan's standing against the trust region, in numbers and words: a channel whose largest planned period spend is
 * at its cap, or beyond the largest spend seen (a widened region), gets a note naming it.
 */
export function trustReport(channels: string[], s: ArrayLike<number>, patterns: number[][], caps: TrustCap[],
  extrapolate: number, periodWord: string): TrustRegionReport {
  const num = (v: number) => Math.round(v).toLocaleString('en-US');
  const times = `${Number(extrapolate.toPrecision(6))}x`;
  const notes: string[] = [];
  const rows = channels.map((c, i) => {
    const peak = s[i] * Math.max(...patterns[i]);
    const { seen, cap } = caps[i];
    const atEdge = Number.isFinite(cap) && peak >= cap * (1 - EDGE_TOL);
    const beyond = peak > seen * (1 + EDGE_TOL);
    if (atEdge && seen === 0) notes.push(`${c}: the model has never seen it spent, so the trust region holds it at 0 (extrapolate = Infinity lifts it)`);
    else if (atEdge && !beyond) notes.push(`${c}: at the largest spend the model has seen (${num(seen)} per ${periodWord})`);
    else if (atEdge) notes.push(`${c}: at the trust region's edge, ${times} the largest spend the model has seen (${num(peak)} per ${periodWord}, against ${num(seen)} seen): the response there is extrapolated`);
    else if (beyond) notes.push(`${c}: ${num(peak)} per ${periodWord}, beyond the largest spend the model has seen (${num(seen)}): the response there is extrapolated`);
    return [c, { seen, cap, peak, at_edge: atEdge, beyond_seen: beyond }] as const;
  });
  return { extrapolate, channels: Object.fromEntries(rows), notes };
}
