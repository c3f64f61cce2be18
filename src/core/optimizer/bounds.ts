// Business constraints turned into per-channel box bounds on spend per period, with the name of
// the constraint behind each side, so an infeasible set can be explained in its own terms.
import type { ChannelBound, ConstraintOptions } from './types';
import type { TrustCap } from './trust-region';
import { ownValue } from '../data/records';

const fmt = (v: number) => (Math.abs(v) >= 100 ? Math.round(v).toString() : Number(v.toPrecision(6)).toString());

function checkKeys(what: string, rec: Record<string, unknown> | undefined, channels: string[]): void {
  if (!rec) return;
  for (const k of Object.keys(rec)) if (!channels.includes(k)) throw new Error(`${what}: unknown channel "${k}" (channels: ${channels.join(', ')})`);
}

function checkValue(what: string, ch: string, v: number): void {
  if (!Number.isFinite(v) || v < 0) throw new Error(`${what} for "${ch}" must be a finite number >= 0, got ${v}`);
}

/** How every trust-region bound's name starts. */
const TRUST_REGION = 'trust region';
/** The trust region's bound by name, e.g. "trust region: 1x the largest spend seen (1500 per period)". */
function trustFrom(t: TrustCap): string {
  const at = t.peak > 1 + 1e-12 ? `, a mean of ${fmt(t.meanCap)} under its flighting` : '';
  return `${TRUST_REGION}: ${Number(t.extrapolate.toPrecision(6))}x the largest spend seen (${fmt(t.cap)} per period${at})`;
}
/** A hint after an error some of whose bounds are the trust region's. */
const widen = (froms: string[]) => (froms.some((f) => f.startsWith(TRUST_REGION)) ? ' (the trust region widens with extrapolate, e.g. 1.5)' : '');

/**
 * trust: each channel's trust-region cap (trust-region.ts), applied after the business constraints so that on a
 * tie the analyst's own constraint is the one named; the tighter upper bound wins.
 */
export function channelBounds(channels: string[], current: Record<string, number>, opts: ConstraintOptions, trust?: TrustCap[]): ChannelBound[] {
  checkKeys('min', opts.min, channels);
  checkKeys('max', opts.max, channels);
  checkKeys('floors', opts.floors, channels);
  if (typeof opts.maxChange === 'object') checkKeys('max-change', opts.maxChange, channels);
  for (const l of opts.lock ?? []) if (!channels.includes(l)) throw new Error(`lock: unknown channel "${l}" (channels: ${channels.join(', ')})`);
  return channels.map((ch) => {
    const cur = ownValue(current, ch)!;
    const b: ChannelBound = { min: 0, max: Infinity, minFrom: 'spend >= 0', maxFrom: 'no maximum' };
    const raise = (v: number, from: string) => { if (v > b.min) { b.min = v; b.minFrom = from; } };
    const lower = (v: number, from: string) => { if (v < b.max) { b.max = v; b.maxFrom = from; } };
    const min = ownValue(opts.min, ch), floor = ownValue(opts.floors, ch), max = ownValue(opts.max, ch);
    if (min !== undefined) { checkValue('min', ch, min); raise(min, `min ${fmt(min)}`); }
    if (floor !== undefined) { checkValue('floor', ch, floor); raise(floor, `floor ${fmt(floor)}`); }
    if (max !== undefined) { checkValue('max', ch, max); lower(max, `max ${fmt(max)}`); }
    const r = typeof opts.maxChange === 'number' ? opts.maxChange : ownValue(opts.maxChange, ch);
    if (r !== undefined) {
      if (!(r >= 0) || !Number.isFinite(r)) throw new Error(`max-change for "${ch}" must be a finite fraction >= 0, got ${r}`);
      const pct = `${fmt(r * 100)}%`;
      raise(cur * (1 - r), `max-change -${pct} of current ${fmt(cur)}`);
      lower(cur * (1 + r), `max-change +${pct} of current ${fmt(cur)}`);
    }
    const t = trust?.[channels.indexOf(ch)];
    if (t && Number.isFinite(t.meanCap)) lower(t.meanCap, trustFrom(t));
    if (opts.lock?.includes(ch)) {
      // a lock overrides nothing silently: it must itself fit the other bounds
      if (cur < b.min || cur > b.max) {
        const by = cur < b.min ? b.minFrom : b.maxFrom;
        throw new Error(`"${ch}" is locked at current ${fmt(cur)} but ${by} excludes it${widen([by])}`);
      }
      b.min = cur; b.max = cur; b.minFrom = `locked at current ${fmt(cur)}`; b.maxFrom = b.minFrom;
    }
    if (b.min > b.max) throw new Error(`constraints on "${ch}" conflict: ${b.minFrom} exceeds ${b.maxFrom}${widen([b.maxFrom])}`);
    return b;
  });
}

/** Throws naming the constraints when no plan with this budget per period fits the bounds. */
export function checkBudget(channels: string[], bounds: ChannelBound[], perPeriod: number, horizon: number): void {
  const sumMin = bounds.reduce((a, b) => a + b.min, 0);
  const sumMax = bounds.reduce((a, b) => a + b.max, 0);
  const total = (v: number) => fmt(v * horizon);
  const tol = 1e-9 * Math.max(1, perPeriod);
  if (sumMin > perPeriod + tol) {
    const parts = channels.map((c, i) => [c, bounds[i]] as const).filter(([, b]) => b.min > 0)
      .map(([c, b]) => `${c} ${b.minFrom}`);
    throw new Error(`infeasible: the minimums sum to ${total(sumMin)} over the horizon (${fmt(sumMin)} per period), ` +
      `above the budget ${total(perPeriod)}: ${parts.join(', ')}`);
  }
  if (sumMax < perPeriod - tol) {
    const parts = channels.map((c, i) => `${c} ${bounds[i].maxFrom}`);
    throw new Error(`infeasible: the maximums sum to ${total(sumMax)} over the horizon (${fmt(sumMax)} per period), ` +
      `below the budget ${total(perPeriod)}: ${parts.join(', ')}${widen(bounds.map((b) => b.maxFrom))}`);
  }
}

/** Why nothing can move, or undefined when at least two channels are free (one free channel is fixed by the budget). */
export function nothingToMove(channels: string[], bounds: ChannelBound[]): string | undefined {
  const free = bounds.filter((b) => b.max - b.min > 1e-9 * Math.max(1, b.min)).length;
  if (free >= 2) return undefined;
  const why = channels.map((c, i) => `${c} ${bounds[i].min === bounds[i].max ? bounds[i].minFrom : 'free'}`);
  return `nothing to move: ${free === 0 ? 'every channel is fixed' : 'only one channel is free and the budget fixes it'} (${why.join(', ')})`;
}
