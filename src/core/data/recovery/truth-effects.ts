// The truth the benchmark scores against, defined as the model defines it: a channel's contribution per period is
// the KPI lost when its spend is zeroed (carryover and synergy included); its ROI is that loss over the window per unit spend.
import type { RecoveryTruth } from './types';
import { mediaEffect, mediaTotal } from './truth-curves';

export function trueContributions(truth: Pick<RecoveryTruth, 'channels' | 'synergy'>, spend: Record<string, number[]>):
  { contribution: Record<string, number[]>; roi: Record<string, number> } {
  const all = mediaTotal(mediaEffect(truth, spend));
  const contribution: Record<string, number[]> = {};
  const roi: Record<string, number> = {};
  for (const ch of truth.channels) {
    const name = ch.spec.name;
    const without = mediaTotal(mediaEffect(truth, { ...spend, [name]: new Array(spend[name].length).fill(0) }));
    contribution[name] = Array.from(all, (v, t) => v - without[t]);
    const total = spend[name].reduce((a, b) => a + b, 0);
    roi[name] = contribution[name].reduce((a, b) => a + b, 0) / total;
  }
  return { contribution, roi };
}
