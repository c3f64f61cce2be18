// Results page data for a model fitted with a holdout: the actual-vs-fitted series covers every period and marks
// where the holdout starts, the decomposition covers the fitted window, and out-of-sample metrics come per draw.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../src/core/data/demo';
import { createInlineHost } from '../../src/core/engine/inline-host';
import { fitModel } from '../../src/core/fit/fit-model';
import { holdoutProblem } from '../../src/core/fit/holdout';
import type { ModelJson } from '../../src/core/fit/model-json';
import { defaultSpec } from '../../src/core/model/defaults';
import { loadResultsData } from '../../src/ui/results/posterior-source';
import { precompute, type ResultsView } from '../../src/ui/results/precompute';
import type { ResultsData } from '../../src/ui/results/results-data';
import { waterfallShape } from '../../src/ui/results/shape';
import { fitTable } from '../../src/ui/export/report-tables';

const H = 8;
const ds = generateSyntheticData(2, { weeks: 60, channels: 2, sigma: 0.02, trend: false, control: false, yearly: 1 });
const n = ds.data.kpi.length;
const spec = { ...defaultSpec(ds.mapping, 'weekly'), yearly: 1, holdout: H };

describe('Results with a holdout', () => {
  let model: ModelJson;
  let data: ResultsData;
  let view: ResultsView;
  beforeAll(async () => {
    model = await fitModel(ds.data, spec, { chains: 2, warmup: 150, draws: 50, seed: 4, targetAccept: 0.8, maxDepth: 10 }, { host: createInlineHost() });
    data = loadResultsData(model, 60);
    view = precompute(data);
  }, 120_000);

  it('fitted and predictive cover every period; the holdout is marked where it starts', () => {
    expect(data.holdoutStart).toBe(n - H);
    expect(data.fitted[0].length).toBe(n);
    expect(data.predictive![0].length).toBe(n);
    expect(data.actual.length).toBe(n);
    expect(view.fitEnd).toBe(n - H);
  });

  it('the decomposition covers the fitted window and the waterfall total is its sum', () => {
    expect(data.baseline[0].length).toBe(n - H);
    for (const ch of data.channels) expect(data.contributions[ch][0].length).toBe(n - H);
    // Per draw, fitted = baseline + channels exactly, so the means of the totals agree to rounding.
    const wf = waterfallShape(view, 0.94);
    const parts = wf.steps.reduce((s, st) => s + st.value.mean, 0);
    expect(Math.abs(wf.total.mean - parts) / parts).toBeLessThan(1e-9);
  });

  it('carries in-sample and out-of-sample metrics per draw', () => {
    expect(data.metrics!.r2.length).toBe(60);
    expect(data.holdoutMetrics!.r2.length).toBe(60);
    expect(view.holdoutMetrics!.mape.mean).toBeGreaterThan(0);
    expect(view.holdoutMetrics!.mape.mean).toBeLessThan(0.2);
  });

  it('the report fit table has an out-of-sample column', () => {
    const html = fitTable(model);
    expect(html).toContain(`Out of sample (last ${H} periods, from ${ds.data.dates[n - H]})`);
    expect(html.match(/<tr>/g)!.length).toBe(4);
  });
});

describe('holdoutProblem (the Fit page check)', () => {
  it('is null for none or a sensible holdout and names holdout otherwise', () => {
    expect(holdoutProblem({ ...spec, holdout: undefined }, ds.data)).toBeNull();
    expect(holdoutProblem({ ...spec, holdout: 0 }, ds.data)).toBeNull();
    expect(holdoutProblem(spec, ds.data)).toBeNull();
    expect(holdoutProblem({ ...spec, holdout: 55 }, ds.data)).toMatch(/^holdout: holding out 55 of 60 periods leaves 5 to fit/);
    expect(holdoutProblem({ ...spec, holdout: -2 }, ds.data)).toMatch(/^holdout: must be a whole number/);
  });
});
