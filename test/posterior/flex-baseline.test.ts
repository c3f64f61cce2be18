// The flexible (random-walk) baseline downstream of a fit: model.json validates with its draws, the posterior pass
// shows it inside the baseline (held at the last fitted value on held-out rows), and the optimizer's projected
// baseline includes it.
import { describe, it, expect } from 'vitest';
import { fixtureModel } from '../fixtures/model';
import { validateModelJson } from '../../src/core/fit/validate-model-json';
import { posteriorPass } from '../../src/core/posterior/pass';
import { posteriorContext } from '../../src/core/posterior/context';
import { posteriorDraws } from '../../src/core/posterior/draws';
import { projectedBaseline } from '../../src/core/optimizer/baseline';
import { baselineAt, baselineCoefs, flexAt, knotValues } from '../../src/core/model';

const model = fixtureModel({ periods: 40, holdout: 5, baseline: { kind: 'random-walk', knotEvery: 8 } });

describe('flexible baseline downstream', () => {
  it('model.json holds baseline_tau and baseline_eps[1..5] (35 fitted weeks, knots every 8) and validates', () => {
    expect(Object.keys(model.draws).filter((n) => n.startsWith('baseline_'))).toEqual(
      ['baseline_tau', 'baseline_eps[1]', 'baseline_eps[2]', 'baseline_eps[3]', 'baseline_eps[4]', 'baseline_eps[5]']);
    expect(() => validateModelJson(JSON.parse(JSON.stringify(model)))).not.toThrow();
    const broken = { ...model, draws: Object.fromEntries(Object.entries(model.draws).filter(([k]) => k !== 'baseline_eps[5]')) };
    expect(() => validateModelJson(JSON.parse(JSON.stringify(broken)))).toThrow(/baseline_eps\[5\]/);
    const bad = { ...model, spec: { ...model.spec, baseline: { kind: 'random-walk', knotEvery: 1 } } };
    expect(() => validateModelJson(JSON.parse(JSON.stringify(bad)))).toThrow(/baseline\.knotEvery/);
  });

  it("the posterior pass's baseline includes the random walk; held-out rows keep its last fitted value", () => {
    const pass = posteriorPass(model, { series: true });
    const all = posteriorContext(model, 'all');
    const v = posteriorDraws(model).record(0);
    const k = model.scaling.kpi;
    const z = knotValues(v.baseline_tau, [1, 2, 3, 4, 5].map((j) => v[`baseline_eps[${j}]`]));
    expect(z[3]).not.toBe(0);
    const linear = baselineCoefs({ ...model.spec, baseline: undefined }, v, 34);
    for (const t of [0, 5, 17, 34]) {
      const want = (baselineAt(linear, all.scaled.z, all.scaled.dayOfYear, 34, t) + flexAt(z, t, 34, 8)) * k;
      expect(pass.baseline[t]).toBeCloseTo(want, 9);
    }
    // mu on a held-out row: the flexible part at t = 34 (the last fitted period), the trend extrapolating
    const coefs = baselineCoefs(model.spec, v, 34);
    expect(coefs.flex!.z).toEqual(z);
    expect(flexAt(z, 38, 34, 8)).toBe(flexAt(z, 34, 34, 8));
  });

  it("the optimizer's projected baseline includes it", () => {
    const withFlex = projectedBaseline(model, [0, 3], 13);
    const noFlexModel = { ...model, spec: { ...model.spec, baseline: undefined } };
    const without = projectedBaseline(noFlexModel, [0, 3], 13);
    for (const [i, d] of [0, 3].entries()) {
      const v = posteriorDraws(model).record(d);
      const z = knotValues(v.baseline_tau, [1, 2, 3, 4, 5].map((j) => v[`baseline_eps[${j}]`]));
      let extra = 0;
      for (let t = 27; t < 40; t++) extra += flexAt(z, t, 34, 8);
      expect(withFlex[i] - without[i]).toBeCloseTo(extra * model.scaling.kpi, 6);
    }
  });
});
