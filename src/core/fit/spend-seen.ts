// The largest spend per period each channel shows in the rows the model was fitted on (a holdout excluded): the edge
// of what the model has seen. The optimizer's trust region stops there (times its multiplier) and the response
// curves shade what lies beyond it as extrapolated. It is the channel's scale (model/scale.ts divides spend by its
// maximum over the fitted rows), so it is read from model.scaling, not recomputed.
import type { ModelJson } from './model-json';
import { ownValue, putOwn } from '../data/records';

/** Per channel of model.spec: the largest spend in one period over the fitted rows. */
export function largestSpendSeen(model: Pick<ModelJson, 'spec' | 'scaling'>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ch of model.spec.channels) {
    const m = ownValue(model.scaling.channels, ch.name);
    if (!(typeof m === 'number' && m > 0)) throw new Error(`model.json scaling lacks the spend scale of channel "${ch.name}"`);
    putOwn(out, ch.name, m);
  }
  return out;
}
