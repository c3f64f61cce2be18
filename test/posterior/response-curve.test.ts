// Response curves: 0 at 0, monotone, and equal to the long-run per-period effect of a constant spend.
import { describe, expect, it } from 'vitest';
import { responseCurves } from '../../src/core/posterior/response-curve';
import { drawRecords } from '../../src/core/posterior/draws';
import { posteriorContext } from '../../src/core/posterior/context';
import { channelContribution, channelParams } from '../../src/core/model';
import { COMBOS, fixtureModel } from '../fixtures/model';

describe('responseCurves', () => {
  for (const combo of COMBOS) {
    it(`starts at 0 and is non-decreasing (${combo.adstock}, ${combo.saturation})`, () => {
      const curves = responseCurves(fixtureModel(combo), { points: 30 });
      for (const { spend, response } of Object.values(curves)) {
        expect(spend.length).toBe(30);
        for (const r of response) {
          expect(r[0]).toBe(0);
          for (let i = 1; i < r.length; i++) expect(r[i]).toBeGreaterThanOrEqual(r[i - 1]);
          expect(r[r.length - 1]).toBeGreaterThan(0);
        }
      }
    });
  }

  it('equals the steady-state effect of holding that spend every period (original units)', () => {
    const model = fixtureModel({ adstock: 'delayed' });
    const ctx = posteriorContext(model);
    const s = 3000; // spend per period, original units
    const curves = responseCurves(model, { grid: [s], maxDraws: 3 });
    drawRecords(model, { maxDraws: 3 }).forEach((v, d) => {
      const xs = new Float64Array(50).fill(s / model.scaling.channels.tv);
      const run = channelContribution(ctx.spec.channels[0], xs, channelParams(ctx.spec, v, 0));
      // After lmax periods every lag sees the same spend: the steady state.
      expect(curves.tv.response[d][0]).toBeCloseTo(run[49] * model.scaling.kpi, 8);
    });
  });

  it('marks current spend per period: the mean over the fitted window', () => {
    const model = fixtureModel();
    const tv = model.data.channels.tv;
    expect(responseCurves(model).tv.current).toBeCloseTo(tv.reduce((a, b) => a + b) / tv.length, 9);
  });
});
