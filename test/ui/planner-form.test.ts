// The planner form: typed inputs to optimizer options, and field-named errors for bad input.
import { describe, expect, it } from 'vitest';
import { defaultForm, formToOptions, FormError } from '../../src/ui/optimise/planner-form';

const chs = ['search', 'tv', 'a,b'];

describe('formToOptions', () => {
  it('maps an untouched form to the defaults (current budget, no constraints)', () => {
    expect(formToOptions(defaultForm(chs, 13), 500)).toEqual({ horizon: 13, budget: undefined, objective: 'mean', maxDraws: 500, keepDraws: true });
  });

  it('carries budget, constraints (percent -> fraction), locks and the profit value', () => {
    const f = defaultForm(chs, 13);
    f.budget = '1,200,000';
    f.objective = 'profit';
    f.valuePerKpi = '2.5';
    f.constraints.search = { min: '1000', max: '5000', maxChangePct: '30', lock: false };
    f.constraints['a,b'].lock = true;
    f.phaseStepPct = '10';
    expect(formToOptions(f, 100)).toEqual({
      horizon: 13, budget: 1_200_000, objective: 'profit', maxDraws: 100, keepDraws: true, valuePerKpi: 2.5, maxStepChange: 0.1,
      min: { search: 1000 }, max: { search: 5000 }, maxChange: { search: 0.3 }, lock: ['a,b'],
    });
  });

  it('names the field of a bad input', () => {
    const f = defaultForm(chs, 13);
    f.constraints.tv.max = 'lots';
    const err = (() => { try { formToOptions(f, 10); } catch (e) { return e; } })() as FormError;
    expect(err).toBeInstanceOf(FormError);
    expect(err.field).toBe('max:tv');
    expect(err.message).toBe('Max for "tv": "lots" is not a number');
  });

  it('rejects a fractional or zero horizon, a zero budget and a negative minimum', () => {
    const bad = (mut: (f: ReturnType<typeof defaultForm>) => void, field: string) => {
      const f = defaultForm(chs, 13);
      mut(f);
      expect(() => formToOptions(f, 10)).toThrow(FormError);
      try { formToOptions(f, 10); } catch (e) { expect((e as FormError).field).toBe(field); }
    };
    bad((f) => (f.horizon = '2.5'), 'horizon');
    bad((f) => (f.horizon = '0'), 'horizon');
    bad((f) => (f.budget = '0'), 'budget');
    bad((f) => (f.constraints.search.min = '-5'), 'min:search');
    bad((f) => { f.objective = 'profit'; f.valuePerKpi = ''; }, 'valuePerKpi');
  });

  it('the trust region field: empty is the core default, a number >= 1 widens it, none lifts it, anything else names the field', () => {
    const f = defaultForm(chs, 13);
    expect(f.extrapolate).toBe('');
    expect(formToOptions(f, 10).extrapolate).toBeUndefined();
    f.extrapolate = '1.5';
    expect(formToOptions(f, 10).extrapolate).toBe(1.5);
    f.extrapolate = ' None ';
    expect(formToOptions(f, 10).extrapolate).toBe(Infinity);
    const err = (v: string) => {
      f.extrapolate = v;
      try { formToOptions(f, 10); } catch (e) { return e as FormError; }
      throw new Error(`"${v}" was accepted`);
    };
    for (const v of ['0', '-1', '0.9']) {
      expect(err(v).field).toBe('extrapolate');
      expect(err(v).message).toMatch(/^Trust region must be at least 1 \(1 = the largest spend per period the model has seen; below 1 would forbid spend it has seen\), got /);
    }
    expect(err('wide').field).toBe('extrapolate');
    expect(err('wide').message).toBe('Trust region: "wide" is not a number');
  });
});
