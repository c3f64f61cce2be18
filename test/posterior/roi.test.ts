// ROI is the counterfactual (channel switched off) KPI loss per unit spend, and equals total contribution / spend per draw.
import { describe, expect, it } from 'vitest';
import { costPerKpiDraws, roiDraws } from '../../src/core/posterior/roi';
import { contributionTotals } from '../../src/core/posterior/contributions';
import { posteriorContext } from '../../src/core/posterior/context';
import { drawRecords } from '../../src/core/posterior/draws';
import { forwardModel } from '../../src/core/model';
import { COMBOS, fixtureModel } from '../fixtures/model';

describe('roiDraws', () => {
  for (const combo of COMBOS) {
    it(`equals total contribution / spend per draw (${combo.adstock}, ${combo.saturation})`, () => {
      const model = fixtureModel(combo);
      const roi = roiDraws(model);
      const totals = contributionTotals(model);
      const spend = { tv: model.data.channels.tv.reduce((a, b) => a + b), search: model.data.channels.search.reduce((a, b) => a + b) };
      for (const ch of ['tv', 'search'] as const) {
        expect(roi[ch].length).toBe(12);
        roi[ch].forEach((r, d) => expect(r).toBeCloseTo(totals[ch][d] / spend[ch], 9));
        for (const r of roi[ch]) expect(r).toBeGreaterThan(0);
      }
    });
  }

  it('is the KPI the fitted window loses when the spend column is zeroed in the data (carryover included)', () => {
    const model = fixtureModel();
    const roi = roiDraws(model, { maxDraws: 3 });
    const ctx = posteriorContext(model);
    drawRecords(model, { maxDraws: 3 }).forEach((v, d) => {
      const full = forwardModel(ctx.spec, ctx.scaled, v).mu;
      const x = [ctx.scaled.x[0], new Float64Array(ctx.T)];
      const off = forwardModel(ctx.spec, { ...ctx.scaled, x }, v).mu;
      let lost = 0;
      for (let t = 0; t < ctx.T; t++) lost += (full[t] - off[t]) * model.scaling.kpi;
      expect(roi.search[d]).toBeCloseTo(lost / ctx.spendTotal.search, 9);
    });
  });

  it('thins to maxDraws', () => {
    expect(roiDraws(fixtureModel(), { maxDraws: 5 }).tv.length).toBe(5);
  });

  it('cost per KPI is 1 / ROI per draw, Infinity where ROI is not positive', () => {
    const model = fixtureModel();
    const roi = roiDraws(model), cpk = costPerKpiDraws(model);
    roi.tv.forEach((r, d) => expect(cpk.tv[d]).toBe(1 / r));
    const off = fixtureModel();
    // replace the draws (the posterior caches per draws array; a model's draws are not edited in place)
    off.draws['saturation_beta[search]'] = off.draws['saturation_beta[search]'].map((chain) => chain.slice());
    off.draws['saturation_beta[search]'][0][0] = 0;
    expect(costPerKpiDraws(off).search[0]).toBe(Infinity);
  });
});
