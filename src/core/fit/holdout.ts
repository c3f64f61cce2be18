// Holdout (out-of-sample) validation: which rows are held out of the fit, the training slice, and the one check on
// spec.holdout (fitModel, `marginal fit --holdout` and the app's Fit page all use checkHoldout / holdoutProblem).
import type { MmmData } from '../data/types';
import type { ModelJson } from './model-json';
import type { ModelSpec } from '../model/spec';
import { resolvePriors } from '../model/priors';
import { resolveBaseline } from '../model/components/baseline-flex';

/** What model.holdout may hold: `{periods, start}` as fitModel writes it, or older shapes (a number, `{start}` only). */
type HoldoutField = { start?: string; periods?: number } | number | null | undefined;

/**
 * Periods held out at the end of model.data (0 when none; older model.json files have none): model.holdout's
 * `periods`, a bare number, or the rows from its `start` date on; else spec.holdout.
 */
export function holdoutPeriods(model: Pick<ModelJson, 'holdout' | 'spec'> & { data?: { dates: string[] } }): number {
  const field = model.holdout as HoldoutField;
  let h: unknown = typeof field === 'number' ? field : field?.periods;
  if (h === undefined && typeof field === 'object' && typeof field?.start === 'string' && model.data) {
    const i = model.data.dates.findIndex((d) => d >= field.start!);
    if (i > 0) h = model.data.dates.length - i;
  }
  h ??= model.spec.holdout ?? 0;
  return typeof h === 'number' && Number.isInteger(h) && h > 0 ? h : 0;
}

/** Index of the first held-out period, when the model holds some out (and fits at least one row). */
export function holdoutStart(model: Pick<ModelJson, 'holdout' | 'spec' | 'data'>): number | undefined {
  const T = model.data.dates.length;
  const h = holdoutPeriods(model);
  return h > 0 && h < T ? T - h : undefined;
}

/** The first n rows of a dataset (every column sliced alike). */
export function firstRows(data: MmmData, n: number): MmmData {
  if (n >= data.kpi.length) return data;
  const cut = (cols: Record<string, number[]>) => Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, v.slice(0, n)]));
  return {
    ...data,
    dates: data.dates.slice(0, n), dayOfYear: data.dayOfYear.slice(0, n), kpi: data.kpi.slice(0, n),
    channels: cut(data.channels), controls: cut(data.controls),
  };
}

/** Checks spec.holdout against the data: an integer >= 0 leaving at least 2 x parameters rows to fit. Returns the periods held out. */
export function checkHoldout(holdout: unknown, nRows: number, nParameters: number): number {
  if (holdout === undefined || holdout === null) return 0;
  if (typeof holdout !== 'number' || !Number.isInteger(holdout) || holdout < 0) {
    throw new Error(`holdout: must be a whole number of periods >= 0, got ${JSON.stringify(holdout)}`);
  }
  if (holdout === 0) return 0;
  const left = nRows - holdout;
  if (left < 2 * nParameters) {
    throw new Error(`holdout: holding out ${holdout} of ${nRows} periods leaves ${Math.max(left, 0)} to fit, but a model with ${nParameters} parameters needs at least ${2 * nParameters}`);
  }
  return holdout;
}

/** What is wrong with spec.holdout for this dataset (null when fine), for forms that check before fitting. */
export function holdoutProblem(spec: ModelSpec, data: MmmData): string | null {
  try {
    const nFit = data.kpi.length - (spec.holdout ?? 0);
    checkHoldout(spec.holdout, data.kpi.length, spec.holdout ? resolvePriors(resolveBaseline(spec, data.frequency), nFit).length : 0);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}
