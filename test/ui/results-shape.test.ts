// Results data end to end on the fixture: core posterior -> precompute -> per-chart shapes at a credible level.
import { describe, expect, it } from 'vitest';
import { loadResultsData } from '../../src/ui/results/posterior-source';
import { precompute } from '../../src/ui/results/precompute';
import { curvePanels, fitShape, layersShape, roiFacets, shareShape, waterfallShape } from '../../src/ui/results/shape';
import { holdoutStart } from '../../src/core/fit/holdout';
import { fixtureModel } from '../fixtures/model';

const model = fixtureModel({ channels: ['search', 'tv', 'social'], periods: 104, chains: 2, draws: 40 });
const data = loadResultsData(model, 60);
const view = precompute(data);

describe('Results shaping', () => {
  it('keeps the draws and periods of the model', () => {
    expect(data.fitted.length).toBe(60);
    expect(data.fitted[0].length).toBe(model.data.dates.length);
    expect(view.dates[0].toISOString().slice(0, 10)).toBe(model.data.dates[0]);
  });

  it('per-draw totals and cost per KPI come from core, matching the series they summarise', () => {
    data.fitted.forEach((mu, d) => {
      expect(data.fittedTotal[d]).toBeCloseTo(mu.reduce((a, b) => a + b), 6);
      expect(data.baselineTotal[d]).toBeCloseTo(data.baseline[d].reduce((a, b) => a + b), 6);
      for (const ch of data.channels) {
        expect(data.contributionTotal[ch][d]).toBeCloseTo(data.contributions[ch][d].reduce((a, b) => a + b), 6);
        expect(data.costPerKpi[ch][d]).toBe(1 / data.roi[ch][d]);
      }
    });
  });

  it('fit bands contain the mean and widen with the level', () => {
    const a = fitShape(view, 0.5, false), b = fitShape(view, 0.94, true);
    for (let t = 0; t < view.dates.length; t += 13) {
      expect(b.outer.lower[t]).toBeLessThanOrEqual(a.outer.lower[t]);
      expect(b.outer.upper[t]).toBeGreaterThanOrEqual(a.outer.upper[t]);
    }
    expect(a.draws).toBeNull();
    expect(b.draws!.length).toBe(50);
  });

  it('stacked layers add up to the fitted mean (baseline + channels)', () => {
    const layers = layersShape(view, 0.9);
    expect(layers.map((l) => l.name)).toEqual(['Baseline', 'search', 'tv', 'social']);
    for (let t = 0; t < view.dates.length; t += 17) {
      const sum = layers.reduce((a, l) => a + l.mean[t], 0);
      expect(sum).toBeCloseTo(view.fitted.mean[t], 6);
    }
  });

  it('waterfall steps add up to the fitted total', () => {
    const wf = waterfallShape(view, 0.94);
    const sum = wf.steps.reduce((a, s) => a + s.value.mean, 0);
    expect(sum / wf.total.mean).toBeCloseTo(1, 9);
  });

  it('ROI facets hold ROI, mROI and cost per KPI = 1/ROI, with draws only when asked', () => {
    const f = roiFacets(view, 0.94, false, 'revenue');
    expect(f.map((x) => x.title)).toEqual(['ROI', 'Marginal ROI (next 1%)', 'Cost per revenue']);
    const roiMed = f[0].rows[0].outer.median, cpkMed = f[2].rows[0].outer.median;
    // The median commutes with a monotone map (up to interpolation between two draws).
    expect(roiMed * cpkMed).toBeCloseTo(1, 1);
    expect(f[0].rows[0].draws).toBeUndefined();
    expect(roiFacets(view, 0.94, true, 'revenue')[0].rows[0].draws!.length).toBe(50);
  });

  it('shares: spend shares sum to 1, effect shares near 1', () => {
    const s = shareShape(view, 0.94);
    expect(s.reduce((a, r) => a + r.spendShare, 0)).toBeCloseTo(1, 12);
    expect(s.reduce((a, r) => a + r.effect.mean, 0)).toBeCloseTo(1, 9);
  });

  it('response curves start at 0, rise, and mark current spend inside the grid', () => {
    for (const p of curvePanels(view, 0.94, false)) {
      expect(p.mean[0]).toBe(0);
      expect(p.mean[p.mean.length - 1]).toBeGreaterThan(p.mean[1]);
      expect(p.current).toBeGreaterThan(0);
      expect(p.current).toBeLessThan(p.grid[p.grid.length - 1]);
      expect(p.sortedAt(5).length).toBe(60);
    }
  });

  it('a model without draws gets a plain error, not empty charts', () => {
    const empty = fixtureModel({ draws: 0 });
    expect(() => loadResultsData(empty)).toThrow(/no posterior draws/);
  });

  it('holdout marking only when the model carries one', () => {
    expect(holdoutStart(model)).toBeUndefined();
    expect(holdoutStart({ ...model, holdout: { periods: 8 } } as typeof model)).toBe(model.data.dates.length - 8);
    expect(holdoutStart({ ...model, holdout: { start: model.data.dates[90] } } as typeof model)).toBe(90);
  });
});
