// Optimizer defaults (core/optimizer/defaults.ts): the values, and that the CLI's help states them.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HORIZON, DEFAULT_MAX_DRAWS, DEFAULT_OBJECTIVE, defaultFractions, defaultHorizon, FRONTIER_POINTS,
} from '../../src/core/optimizer/defaults';
import { OPTIMIZE_USAGE } from '../../src/cli/optimize';
import { defaultForm, formToOptions } from '../../src/ui/optimise/planner-form';

describe('optimizer defaults', () => {
  it('a quarter ahead, the posterior mean, 1000 draws', () => {
    expect(DEFAULT_HORIZON).toEqual({ weekly: 13, daily: 90 });
    expect(defaultHorizon('daily')).toBe(90);
    expect(DEFAULT_OBJECTIVE).toBe('mean');
    expect(DEFAULT_MAX_DRAWS).toBe(1000);
  });
  it('the frontier: 20 budgets evenly from 50% to 200% of current', () => {
    const f = defaultFractions();
    expect(f).toHaveLength(FRONTIER_POINTS);
    expect(FRONTIER_POINTS).toBe(20);
    expect(f[0]).toBe(0.5);
    expect(f[19]).toBe(2);
    for (let i = 1; i < f.length; i++) expect(f[i] - f[i - 1]).toBeCloseTo(1.5 / 19, 12);
  });
  it('the CLI help and the planner form state the same defaults', () => {
    expect(OPTIMIZE_USAGE).toContain('(default 13 weekly, 90 daily)');
    expect(OPTIMIZE_USAGE).toContain('sweep 20 budgets from 50% to 200% of current');
    expect(OPTIMIZE_USAGE).toContain('(thinned; default 1000)');
    expect(OPTIMIZE_USAGE).toContain('(default mean)');
    expect(formToOptions(defaultForm(['tv'], defaultHorizon('weekly')), 10)).toMatchObject({ horizon: 13, objective: DEFAULT_OBJECTIVE });
  });
});
