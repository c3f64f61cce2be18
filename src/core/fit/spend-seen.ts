// The largest spend per period each channel shows in the rows the model was fitted on (a holdout excluded): the edge
// of what the model has seen. The optimizer's trust region stops there (times its multiplier) and the response
// curves shade what lies beyond it as extrapolated.
import type { ModelJson } from './model-json';
import { holdoutPeriods } from './holdout';
import { ownValue, putOwn } from '../data/records';

/** Per channel of model.spec: the largest spend in one period over the fitted rows (every row when a holdout leaves none). */
export function largestSpendSeen(model: Pick<ModelJson, 'holdout' | 'spec' | 'data'>): Record<string, number> {
  const T = model.data.dates.length;
  const nFit = T - holdoutPeriods(model);
  const rows = nFit > 0 ? nFit : T;
  const out: Record<string, number> = {};
  for (const ch of model.spec.channels) {
    const col = ownValue(model.data.channels, ch.name);
    if (!col || col.length === 0) throw new Error(`model.json data lacks spend for channel "${ch.name}"`);
    let m = 0;
    for (let t = 0; t < Math.min(rows, col.length); t++) if (col[t] > m) m = col[t];
    putOwn(out, ch.name, m);
  }
  return out;
}
