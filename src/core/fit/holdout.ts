// Holdout (out-of-sample) validation: which rows are held out of the fit, the training slice, and the checks on spec.holdout.
import type { MmmData } from '../data/types';
import type { ModelJson } from './model-json';
import type { ModelSpec } from '../model/spec';
import { resolvePriors } from '../model/priors';

/** Periods held out at the end of model.data (0 when none; older model.json files have none). */
export function holdoutPeriods(model: Pick<ModelJson, 'holdout' | 'spec'>): number {
  const h = model.holdout?.periods ?? model.spec.holdout ?? 0;
  return Number.isInteger(h) && h > 0 ? h : 0;
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
    checkHoldout(spec.holdout, data.kpi.length, spec.holdout ? resolvePriors(spec).length : 0);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}
