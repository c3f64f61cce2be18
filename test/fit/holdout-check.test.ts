// The holdout in one place (core/fit/holdout.ts): how many periods a model holds out, where they start, and the
// check on spec.holdout that the fit, `marginal fit --holdout` and the Fit page share.
import { describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../src/core/data/demo';
import { holdoutPeriods, holdoutProblem, holdoutStart } from '../../src/core/fit/holdout';
import type { ModelJson } from '../../src/core/fit/model-json';
import { defaultSpec } from '../../src/core/model/defaults';
import { resolvePriors } from '../../src/core/model/priors';

const dates = Array.from({ length: 10 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')}`);
const m = (holdout: unknown, specHoldout?: number) => ({ holdout, spec: { holdout: specHoldout }, data: { dates } }) as unknown as ModelJson;

describe('holdoutPeriods and holdoutStart', () => {
  it('read {periods, start}, a bare number, {start} only, else spec.holdout', () => {
    expect(holdoutPeriods(m({ periods: 3, start: dates[7] }))).toBe(3);
    expect(holdoutPeriods(m(4))).toBe(4);
    expect(holdoutPeriods(m({ start: dates[6] }))).toBe(4);
    expect(holdoutPeriods(m(undefined, 2))).toBe(2);
    expect(holdoutPeriods(m(undefined))).toBe(0);
    expect(holdoutPeriods(m({ periods: 2.5 }))).toBe(0);
    expect(holdoutStart(m({ periods: 3 }))).toBe(7);
    expect(holdoutStart(m(undefined))).toBeUndefined();
    expect(holdoutStart(m(10))).toBeUndefined();
  });
});

describe('holdoutProblem', () => {
  const ds = generateSyntheticData(1, { weeks: 60, channels: 2, yearly: 1 });
  // A linear baseline: the random walk's step count depends on the fitted rows, and this rule's arithmetic is the point.
  const spec = { ...defaultSpec(ds.mapping, 'weekly'), baseline: { kind: 'linear' as const } };
  const dim = resolvePriors(spec).length;
  it('is null without a holdout or with one that leaves 2 x parameters rows', () => {
    expect(holdoutProblem(spec, ds.data)).toBeNull();
    expect(holdoutProblem({ ...spec, holdout: 60 - 2 * dim }, ds.data)).toBeNull();
  });
  it('says why otherwise', () => {
    expect(holdoutProblem({ ...spec, holdout: 61 - 2 * dim }, ds.data)).toMatch(new RegExp(`leaves ${2 * dim - 1} to fit, but a model with ${dim} parameters needs at least ${2 * dim}`));
    expect(holdoutProblem({ ...spec, holdout: 1.5 }, ds.data)).toMatch(/whole number of periods >= 0/);
  });
});
