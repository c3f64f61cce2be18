// The posterior pass: its mu, baseline, contributions and counterfactual ROI / mROI are the forward model's on every
// draw, for every component combination, with and without a holdout; cached per model and options.
import { describe, expect, it } from 'vitest';
import { firstRows } from '../../src/core/fit/holdout';
import type { ModelJson } from '../../src/core/fit/model-json';
import { forwardModel, scaleData } from '../../src/core/model';
import { posteriorContext } from '../../src/core/posterior/context';
import { drawRecords } from '../../src/core/posterior/draws';
import { posteriorPass } from '../../src/core/posterior/pass';
import { COMBOS, fixtureModel } from '../fixtures/model';

/** The fixture fitted on its first T - h rows: scaling from those rows, the last h held out. */
function withHoldout(model: ModelJson, h: number): ModelJson {
  const nFit = model.data.kpi.length - h;
  const spec = { ...model.spec, holdout: h };
  return { ...model, spec, scaling: scaleData(firstRows(model.data, nFit), spec).scaling, holdout: { periods: h, start: model.data.dates[nFit] } };
}

const close = (a: number, b: number, rel = 1e-12) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(Math.abs(b), 1e-300));

const cases: Array<[string, ModelJson]> = [
  ...COMBOS.map((c): [string, ModelJson] => [`${c.adstock}, ${c.saturation}`, fixtureModel(c)]),
  ['student-t, no trend', fixtureModel({ likelihood: 'student-t', trend: false })],
  ['holdout of 8 (geometric, logistic)', withHoldout(fixtureModel(), 8)],
  ['holdout of 6 (delayed, hill)', withHoldout(fixtureModel({ adstock: 'delayed', saturation: 'hill' }), 6)],
  // synergy pairs: two sharing tv, so tv's ROI and mROI count both
  ['synergy tv×search and radio×tv (geometric, logistic)', fixtureModel({ channels: ['tv', 'search', 'radio'], synergy: [{ a: 'tv', b: 'search' }, { a: 'radio', b: 'tv' }] })],
  ['synergy with a holdout of 6 (delayed, hill)', withHoldout(fixtureModel({ adstock: 'delayed', saturation: 'hill', synergy: [{ a: 'search', b: 'tv' }] }), 6)],
];

describe('posteriorPass agrees with forwardModel on every draw', () => {
  for (const [name, model] of cases) {
    it(name, () => {
      const pass = posteriorPass(model);
      const all = posteriorContext(model, 'all');
      const fit = posteriorContext(model);
      const k = model.scaling.kpi;
      const { T, nFit } = pass;
      expect(T).toBe(model.data.kpi.length);
      expect(nFit).toBe(fit.T);
      const records = drawRecords(model);
      expect(pass.n).toBe(records.length);
      records.forEach((v, d) => {
        const full = forwardModel(all.spec, all.scaled, v);
        for (let t = 0; t < T; t++) close(pass.mu[d * T + t], full.mu[t] * k);
        // The fitted rows as a fit-window evaluation gives them.
        const onFit = forwardModel(fit.spec, fit.scaled, v);
        for (let t = 0; t < nFit; t++) {
          close(pass.mu[d * T + t], onFit.mu[t] * k);
          close(pass.baseline[d * nFit + t], onFit.baseline[t] * k);
          fit.channels.forEach((ch, c) => close(pass.contributions[ch.name][d * nFit + t], onFit.channels[c][t] * k));
          pass.pairs.forEach((p, j) => close(pass.synergy[p.name][d * nFit + t], onFit.synergy[j][t] * k));
        }
        pass.pairs.forEach((p, j) => close(pass.synergyTotal[p.name][d], onFit.synergy[j].slice(0, nFit).reduce((a, b) => a + b, 0) * k));
        fit.channels.forEach((ch, c) => {
          // Counterfactuals through the whole forward model on modified data: spend zeroed, and spend +1%.
          const mu = (x: Float64Array) => forwardModel(fit.spec, { ...fit.scaled, x: fit.scaled.x.map((old, i) => (i === c ? x : old)) }, v).mu;
          const off = mu(new Float64Array(nFit));
          const more = mu(fit.scaled.x[c].map((s) => s * 1.01));
          let lost = 0, gained = 0, total = 0;
          for (let t = 0; t < nFit; t++) {
            lost += (onFit.mu[t] - off[t]) * k;
            gained += (more[t] - onFit.mu[t]) * k;
            total += onFit.channels[c][t] * k;
          }
          const spend = fit.spendTotal[ch.name];
          close(pass.roi[ch.name][d], lost / spend);
          close(pass.mroi[ch.name][d], gained / (spend * 0.01), 1e-12);
          close(pass.contributionTotal[ch.name][d], total);
        });
        let base = 0, muSum = 0;
        for (let t = 0; t < nFit; t++) { base += onFit.baseline[t] * k; muSum += onFit.mu[t] * k; }
        close(pass.baselineTotal[d], base);
        close(pass.muTotal[d], muSum);
      });
    });
  }
});

describe('posteriorPass caching and thinning', () => {
  it('is evaluated once per model and options', () => {
    const model = fixtureModel();
    expect(posteriorPass(model)).toBe(posteriorPass(model));
    expect(posteriorPass(model, { maxDraws: 5 })).toBe(posteriorPass(model, { maxDraws: 5 }));
    expect(posteriorPass(model, { increase: 0.05 })).not.toBe(posteriorPass(model));
    expect(posteriorPass(model, { maxDraws: 5 }).n).toBe(5);
  });

  it('is kept for the current task only, then evaluated afresh (a fitted model does not hold its series)', async () => {
    const model = fixtureModel();
    const first = posteriorPass(model);
    await new Promise((resolve) => setTimeout(resolve, 1));
    const again = posteriorPass(model);
    expect(again).not.toBe(first);
    expect(again.mu).toEqual(first.mu);
  });

  it('a thinned pass taken from the pass over every draw equals evaluating the thinned draws', () => {
    const a = fixtureModel({ chains: 3, draws: 7 });
    const b = fixtureModel({ chains: 3, draws: 7 });
    posteriorPass(a); // cached: the thinned request below reads its rows
    const fromFull = posteriorPass(a, { maxDraws: 8 });
    const fresh = posteriorPass(b, { maxDraws: 8 });
    expect(fromFull.draws.positions).toEqual(fresh.draws.positions);
    for (const key of ['mu', 'baseline', 'muTotal', 'baselineTotal'] as const) expect(fromFull[key]).toEqual(fresh[key]);
    for (const key of ['contributions', 'contributionTotal', 'roi', 'mroi'] as const) expect(fromFull[key]).toEqual(fresh[key]);
  });

  it('rejects a non-positive mROI increase', () => {
    expect(() => posteriorPass(fixtureModel(), { increase: -0.01 })).toThrow(/increase must be positive/);
  });
});

describe('a totals-only pass', () => {
  it('is not what a small model gets unasked: its series fit in the budget, so one pass serves every request', () => {
    const model = fixtureModel();
    const unasked = posteriorPass(model);
    expect(unasked.series).toBe(true);
    expect(posteriorPass(model, { series: true })).toBe(unasked);
  });

  it('holds no series and gives the same totals, ROI, mROI and mu as the pass with series', () => {
    const model = fixtureModel({ adstock: 'delayed', saturation: 'hill' });
    // fresh draws arrays: the fixture's own summaries left a pass (with series) for the old ones in the cache
    for (const name of Object.keys(model.draws)) model.draws[name] = model.draws[name].map((c) => c.slice());
    const lean = posteriorPass(model, { series: false });
    expect(lean.series).toBe(false);
    expect(lean.baseline.length).toBe(0);
    for (const name of lean.channels) expect(lean.contributions[name].length).toBe(0);
    const full = posteriorPass(model, { series: true });
    expect(full.series).toBe(true);
    expect(full).not.toBe(lean);
    expect(full.contributions[full.channels[0]].length).toBe(full.n * full.nFit);
    expect(Array.from(lean.mu)).toEqual(Array.from(full.mu));
    expect(Array.from(lean.baselineTotal)).toEqual(Array.from(full.baselineTotal));
    for (const name of lean.channels) {
      expect(Array.from(lean.contributionTotal[name])).toEqual(Array.from(full.contributionTotal[name]));
      expect(Array.from(lean.roi[name])).toEqual(Array.from(full.roi[name]));
      expect(Array.from(lean.mroi[name])).toEqual(Array.from(full.mroi[name]));
    }
    // a later totals-only request is served by the pass with series; a thinned one keeps its series empty
    expect(posteriorPass(model, { series: false })).toBe(full);
    const model2 = fixtureModel();
    for (const name of Object.keys(model2.draws)) model2.draws[name] = model2.draws[name].map((c) => c.slice());
    posteriorPass(model2, { series: false });
    const thin = posteriorPass(model2, { series: false, maxDraws: 10 });
    expect(thin.n).toBe(10);
    expect(thin.baseline.length).toBe(0);
  });
});
