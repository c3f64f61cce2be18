// modelCriticism on fixture models: LOO over every draw and fitted period, LOO-PIT, residual autocorrelation, ROI
// contraction, holdout accuracy and the verdict fit together; a model whose Pareto k are all bad withholds elpd_loo.
import { describe, expect, it } from 'vitest';
import { modelCriticism, pointwiseLogLik, psisLoo, relativeEff } from '../../src/core/criticism';
import { fixtureModel } from '../fixtures/model';

describe('modelCriticism', () => {
  const model = fixtureModel({ chains: 2, draws: 40, periods: 40, holdout: 8 });
  const c = modelCriticism(model, { priorDraws: 200 });

  it('LOO over every draw and fitted period, with r_eff from the chains', () => {
    const ll = pointwiseLogLik(model)!;
    const loo = psisLoo(ll.values, ll.S, ll.N, relativeEff(ll.values, ll.S, ll.N, 2));
    expect([c.loo.n, c.loo.draws]).toEqual([32, 80]);
    expect(c.loo.paretoK).toEqual(loo.pointwise.pareto_k);
    const { good, ok, bad, veryBad } = c.loo.k;
    expect(good + ok + bad + veryBad).toBe(32);
    if (c.loo.elpd_loo) expect(c.loo.elpd_loo.estimate).toBeCloseTo(loo.elpd_loo.estimate, 10);
    // The bad periods by date, worst first.
    const worst = Array.from(c.loo.paretoK.keys()).filter((t) => c.loo.paretoK[t] > 0.7).sort((a, b) => c.loo.paretoK[b] - c.loo.paretoK[a]);
    expect(c.loo.badPeriods).toEqual(worst.map((t) => model.data.dates[t]));
  });

  it('a PIT per fitted period in [0, 1], four residual lags, a contraction per channel, holdout accuracy', () => {
    expect(c.pit).toHaveLength(32);
    expect(c.pit.every((p) => p >= 0 && p <= 1 + 1e-12)).toBe(true);
    expect(c.residualAcf.acf).toHaveLength(4);
    expect(Object.keys(c.contraction)).toEqual(['tv', 'search']);
    for (const v of Object.values(c.contraction)) expect(v.contraction).toBeLessThanOrEqual(1);
    expect(c.holdout?.periods).toBe(8);
    expect(Number.isFinite(c.holdout?.lpd)).toBe(true);
  });

  it('the verdict names its level and reasons', () => {
    expect(c.verdict.text.startsWith(c.verdict.headline)).toBe(true);
    expect(c.verdict.level === 'ready').toBe(c.verdict.reasons.length === 0);
  });

  it('is the same on every call (seeded predictive and prior draws)', () => {
    const again = modelCriticism(model, { priorDraws: 200 });
    expect(again.pit).toEqual(c.pit);
    expect(again.contraction).toEqual(c.contraction);
  });
});

it('a model whose Pareto k are all bad says so and reports no elpd_loo', () => {
  // Observation noise far below the spread of mu across draws: each period's likelihood is carried by one draw, so
  // leaving it out changes the posterior completely and every k is far above 0.7.
  const model = fixtureModel({ chains: 2, draws: 50, periods: 30 });
  model.draws.sigma = model.draws.sigma.map((ch) => ch.map((s) => s * 1e-3));
  const c = modelCriticism(model, { priorDraws: 100 });
  expect(c.loo.k.bad + c.loo.k.veryBad).toBe(30);
  expect(c.loo.elpd_loo).toBeUndefined();
  expect(c.verdict.level).toBe('stop');
  expect(c.verdict.text).toMatch(/^do not plan on this model: .*Pareto k > 0.7 for 30 of 30 periods.*elpd_loo is not reported/);
});
