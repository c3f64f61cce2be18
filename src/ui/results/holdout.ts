// Where the holdout starts, if the model carries one (`marginal fit --holdout` / the Fit page write {periods, start}; other shapes are accepted too).
import type { ModelJson } from '../../core/fit/model-json';

type MaybeHoldout = { holdout?: { start?: string; periods?: number } | number | null };

/** Index of the first holdout period: `holdout: {start: 'YYYY-MM-DD'}`, `{periods: n}` (the last n) or a number (the last n). */
export function holdoutStart(model: ModelJson): number | undefined {
  const h = (model as ModelJson & MaybeHoldout).holdout;
  const T = model.data.dates.length;
  if (h === undefined || h === null) return undefined;
  const n = typeof h === 'number' ? h : h.periods;
  if (typeof n === 'number' && n > 0 && n < T) return T - n;
  if (typeof h === 'object' && typeof h.start === 'string') {
    const i = model.data.dates.findIndex((d) => d >= h.start!);
    return i > 0 ? i : undefined;
  }
  return undefined;
}
