// ROI recovery: is each channel's true ROI inside the posterior's 50% and 94% central intervals, and how far is the
// posterior mean from it (relative error)?
import type { ModelJson } from '../fit/model-json';
import { roiDraws } from '../posterior';
import { credibleInterval } from '../stats';

export interface RoiScore {
  channel: string;
  truth: number;
  mean: number;
  q25: number; q75: number; q03: number; q97: number;
  in50: boolean; in94: boolean;
  /** |mean - truth| / truth */
  relError: number;
}

export function roiScores(model: ModelJson, truth: Record<string, number>, maxDraws = 1000): RoiScore[] {
  const draws = roiDraws(model, { maxDraws });
  return Object.entries(draws).map(([channel, d]) => {
    const t = truth[channel];
    if (t === undefined) throw new Error(`the truth has no ROI for channel "${channel}"`);
    const i50 = credibleInterval(d, 0.5), i94 = credibleInterval(d, 0.94);
    return {
      channel, truth: t, mean: i94.mean, q25: i50.lower, q75: i50.upper, q03: i94.lower, q97: i94.upper,
      in50: t >= i50.lower && t <= i50.upper, in94: t >= i94.lower && t <= i94.upper,
      relError: Math.abs(i94.mean - t) / Math.abs(t),
    };
  });
}

/** Mean absolute relative ROI error over a dataset's channels. */
export function meanAbsRelError(scores: RoiScore[]): number {
  return scores.reduce((s, r) => s + r.relError, 0) / scores.length;
}
