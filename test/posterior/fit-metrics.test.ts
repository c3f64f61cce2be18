// R^2, MAPE and NRMSE definitions on small cases, and their posterior intervals.
import { describe, expect, it } from 'vitest';
import { fitMetricDraws, fitMetrics, posteriorFitMetrics } from '../../src/core/posterior/fit-metrics';
import { muDraws } from '../../src/core/posterior/mu';
import { fixtureModel } from '../fixtures/model';

describe('fitMetrics', () => {
  it('a perfect fit has R^2 1, MAPE 0, NRMSE 0', () => {
    expect(fitMetrics([1, 2, 3], [1, 2, 3])).toEqual({ r2: 1, mape: 0, nrmse: 0 });
  });

  it('matches hand-computed values', () => {
    // residuals 1, -1, 0, 2: SS_res 6; mean y 5, SS_tot 4+0+4+16... computed below.
    const y = [2, 5, 8, 5], mu = [1, 6, 8, 3];
    const m = fitMetrics(y, mu);
    const ssTot = (2 - 5) ** 2 + 0 + (8 - 5) ** 2 + 0;
    expect(m.r2).toBeCloseTo(1 - 6 / ssTot, 12);
    expect(m.mape).toBeCloseTo((1 / 2 + 1 / 5 + 0 + 2 / 5) / 4, 12);
    expect(m.nrmse).toBeCloseTo(Math.sqrt(6 / 4) / (8 - 2), 12);
  });

  it('skips zero KPI periods in MAPE and gives NaN for a constant KPI', () => {
    expect(fitMetrics([0, 2], [1, 1]).mape).toBeCloseTo(0.5, 12);
    expect(fitMetrics([3, 3], [3, 2]).r2).toBeNaN();
  });

  it('posterior intervals bracket their means', () => {
    const f = posteriorFitMetrics(fixtureModel());
    for (const k of ['r2', 'mape', 'nrmse'] as const) {
      expect(f[k].q03).toBeLessThanOrEqual(f[k].mean);
      expect(f[k].mean).toBeLessThanOrEqual(f[k].q97);
    }
    expect(Number.isFinite(f.atMean.r2)).toBe(true);
  });

  it('per draw: the metrics of each draw\'s expected KPI; none out of sample without a holdout', () => {
    const model = fixtureModel();
    const per = fitMetricDraws(model)!;
    muDraws(model).forEach((mu, d) => {
      const m = fitMetrics(model.data.kpi, mu);
      expect([per.r2[d], per.mape[d], per.nrmse[d]]).toEqual([m.r2, m.mape, m.nrmse]);
    });
    expect(fitMetricDraws(model, {}, 'holdout')).toBeUndefined();
  });
});
