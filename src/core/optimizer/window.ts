// Adstock over the planning window, precomputed: adstock is linear in spend, so for each draw the
// adstocked spend of period t is A0[t] (history carried in) + s * A1[t] (the plan at s per period).
import { adstockAt, adstockWeights } from '../model/components/adstock';
import { mean } from '../stats';
import type { ChannelDraws } from './draws';

export interface ChannelWindow {
  /** Periods modelled: the horizon, plus lmax-1 tail periods of the plan's own carryover when included. */
  periods: number;
  /** draws x periods, row-major, scaled units. */
  a0: Float64Array;
  /** draws x periods: adstocked scaled spend per unit of original spend per period. */
  a1: Float64Array;
}

/**
 * history: the channel's spend in original units (all data rows); pattern: H weights with mean 1;
 * scale: scaling.channels[name].
 */
export function channelWindow(ch: ChannelDraws, history: number[], pattern: number[], scale: number,
  includeCarryover: boolean): ChannelWindow {
  const H = pattern.length;
  const L = ch.spec.lmax;
  const periods = H + (includeCarryover ? L - 1 : 0);
  const nd = ch.alpha.length;
  const n = history.length;
  // x over tau = -(L-1) .. periods-1 (index tau + L - 1): the history carried in (scaled), zero
  // from the horizon on; and the plan per unit of spend, zero before the horizon and after it
  const xh = new Float64Array(L - 1 + periods);
  const xp = new Float64Array(L - 1 + periods);
  for (let tau = -(L - 1); tau < 0; tau++) if (n + tau >= 0) xh[tau + L - 1] = history[n + tau] / scale;
  for (let tau = 0; tau < H; tau++) xp[tau + L - 1] = pattern[tau];
  const a0 = new Float64Array(nd * periods);
  const a1 = new Float64Array(nd * periods);
  for (let d = 0; d < nd; d++) {
    const w = adstockWeights(ch.spec, ch.alpha[d], ch.theta[d]);
    for (let t = 0; t < periods; t++) {
      a0[d * periods + t] = adstockAt(w, xh, t + L - 1);
      a1[d * periods + t] = adstockAt(w, xp, t + L - 1) / scale;
    }
  }
  return { periods, a0, a1 };
}

/** Flighting pattern for a channel: H weights rescaled to mean 1, or flat. */
export function normalisePattern(name: string, horizon: number, given?: number[]): number[] {
  if (!given) return new Array(horizon).fill(1);
  if (given.length !== horizon) throw new Error(`flighting for "${name}" has ${given.length} weights, expected the horizon ${horizon}`);
  if (given.some((v) => !(v >= 0) || !Number.isFinite(v))) throw new Error(`flighting for "${name}": weights must be finite and >= 0`);
  const m = mean(given);
  if (!(m > 0)) throw new Error(`flighting for "${name}" is all zero`);
  return given.map((v) => v / m);
}
