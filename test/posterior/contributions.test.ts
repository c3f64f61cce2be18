// Channel contributions and baseline add up to mu, and are the forward model's figures in original KPI units.
import { describe, expect, it } from 'vitest';
import { channelContributions, contributionTotals } from '../../src/core/posterior/contributions';
import { baselineDraws } from '../../src/core/posterior/baseline';
import { muDraws } from '../../src/core/posterior/mu';
import { drawRecords } from '../../src/core/posterior/draws';
import { posteriorContext } from '../../src/core/posterior/context';
import { adstock, channelParams, saturationCurve } from '../../src/core/model';
import { COMBOS, fixtureModel } from '../fixtures/model';

describe('channel contributions and baseline', () => {
  for (const combo of COMBOS) {
    it(`contributions + baseline = mu (${combo.adstock}, ${combo.saturation})`, () => {
      const model = fixtureModel(combo);
      const contrib = channelContributions(model);
      const base = baselineDraws(model);
      const mu = muDraws(model);
      mu.forEach((m, d) => {
        for (let t = 0; t < m.length; t++) {
          const sum = base[d][t] + contrib.tv[d][t] + contrib.search[d][t];
          expect(Math.abs(sum - m[t])).toBeLessThan(1e-9 * Math.abs(m[t]));
        }
      });
    });
  }

  it('is beta * saturation(adstock(spend / channel max)) * max |KPI|, computed here by hand', () => {
    const model = fixtureModel({ periods: 20 });
    const ctx = posteriorContext(model);
    const contrib = channelContributions(model, { maxDraws: 2 });
    drawRecords(model, { maxDraws: 2 }).forEach((v, d) => {
      const p = channelParams(ctx.spec, v, 0);
      const spend = model.data.channels.tv;
      const xmax = Math.max(...spend);
      const ymax = Math.max(...model.data.kpi.map(Math.abs));
      const a = adstock(ctx.spec.channels[0], spend.map((s) => s / xmax), p.alpha);
      // Adstock by hand for t = 3: sum_l w_l x_{t-l}, normalised geometric weights over lmax = 4.
      const w = [1, p.alpha, p.alpha ** 2, p.alpha ** 3].map((x, _, all) => x / all.reduce((s, y) => s + y));
      const a3 = w.reduce((s, wl, l) => s + wl * (spend[3 - l] / xmax), 0);
      expect(a[3]).toBeCloseTo(a3, 12);
      const lam = v['saturation_lam[tv]'], beta = v['saturation_beta[tv]'];
      const byHand = beta * (1 - Math.exp(-lam * a3)) / (1 + Math.exp(-lam * a3)) * ymax;
      expect(contrib.tv[d][3]).toBeCloseTo(byHand, 8);
      expect(contrib.tv[d][3]).toBeCloseTo(saturationCurve(ctx.spec.channels[0], p, a[3]) * ymax, 8);
    });
  });

  it('totals are the sums over time', () => {
    const model = fixtureModel();
    const series = channelContributions(model);
    const totals = contributionTotals(model);
    totals.tv.forEach((tot, d) => expect(tot).toBeCloseTo(series.tv[d].reduce((a, b) => a + b), 6));
  });
});
