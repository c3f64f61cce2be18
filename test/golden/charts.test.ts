// Golden SVGs of every declarative chart (Svelte server rendering), fed as the Results, Optimise and Model pages feed them.
import { describe, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import ActualFittedChart from '../../src/ui/charts/ActualFittedChart.svelte';
import AdstockChart from '../../src/ui/charts/AdstockChart.svelte';
import AllocationBarsChart from '../../src/ui/charts/AllocationBarsChart.svelte';
import FrontierChart from '../../src/ui/charts/FrontierChart.svelte';
import IntervalFacetsChart from '../../src/ui/charts/IntervalFacetsChart.svelte';
import MiniHistogram from '../../src/ui/charts/MiniHistogram.svelte';
import ResponseCurvesChart from '../../src/ui/charts/ResponseCurvesChart.svelte';
import ShareChart from '../../src/ui/charts/ShareChart.svelte';
import StackedAreaChart from '../../src/ui/charts/StackedAreaChart.svelte';
import UpliftChart from '../../src/ui/charts/UpliftChart.svelte';
import WaterfallChart from '../../src/ui/charts/WaterfallChart.svelte';
import PriorPredictiveChart from '../../src/ui/model/PriorPredictiveChart.svelte';
import RoiPreview from '../../src/ui/model/RoiPreview.svelte';
import { curvePanels, decaySeries, fitShape, layersShape, roiFacets, shareShape, waterfallShape } from '../../src/ui/results/shape';
import { allocationRows, frontierRows, upliftDraws } from '../../src/ui/optimise/plan-shape';
import { bandAt, quantileAt, sortColumns } from '../../src/core/stats';
import { samplePriorPredictive } from '../../src/core/model/prior-predictive';
import { periodWord, resultsView } from '../../src/ui/results/load';
import { fixtureFrontier, fixturePlanWithDraws } from '../fixtures/plan';
import { CHANNELS, HALF, model, WIDE } from './fixture';
import { expectGolden } from './golden';

/** The Results page's view, computed as the page computes it (inline where there is no Worker). */
const view = await resultsView(model);
const period = periodWord(model);
const plan = fixturePlanWithDraws(CHANNELS);
const frontier = fixtureFrontier(CHANNELS);

const LEVEL = 0.94;
const kpi = view.data.kpiName;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function golden<P extends Record<string, any>>(name: string, C: Component<P>, props: P): void {
  it(name, () => expectGolden(name, render(C, { props }).body));
}

// Draws off, as the page opens (showDraws = false).
describe('Results charts (ResultsCharts.svelte wiring)', () => {
  const fit = fitShape(view, LEVEL, false);
  golden('ActualFittedChart', ActualFittedChart, {
    width: WIDE, dates: view.dates, actual: view.data.actual, mean: fit.mean, outer: fit.outer, inner: fit.inner,
    draws: fit.draws, level: LEVEL, holdoutStart: view.data.holdoutStart, kpiName: kpi,
  });
  golden('StackedAreaChart', StackedAreaChart, {
    width: WIDE, dates: view.dates.slice(0, view.fitEnd), layers: layersShape(view, LEVEL),
    actual: view.data.actual.slice(0, view.fitEnd), level: LEVEL, kpiName: kpi,
  });
  const wf = waterfallShape(view, LEVEL);
  golden('WaterfallChart', WaterfallChart, { width: HALF, steps: wf.steps, total: wf.total, level: LEVEL, kpiName: kpi });
  golden('ShareChart', ShareChart, { width: HALF, rows: shareShape(view, LEVEL), level: LEVEL });
  golden('IntervalFacetsChart', IntervalFacetsChart, { width: WIDE, facets: roiFacets(view, LEVEL, false, kpi), level: LEVEL });
  const panels = curvePanels(view, LEVEL, false);
  golden('ResponseCurvesChart', ResponseCurvesChart, { width: WIDE, panels, level: LEVEL, kpiName: kpi, periodLabel: period });
  golden('AdstockChart', AdstockChart, { width: WIDE, series: decaySeries(view, LEVEL), level: LEVEL, periodLabel: period });
  // The response-curve tooltip's histogram: the first channel's response at the middle of its spend grid.
  const p = panels[0], i = Math.floor(p.grid.length / 2);
  golden('MiniHistogram', MiniHistogram, { values: p.sortedAt(i), colour: p.colour, mark: p.mean[i] });
});

describe('Optimise charts (OptimisePage.svelte wiring)', () => {
  golden('AllocationBarsChart', AllocationBarsChart, { width: WIDE, rows: allocationRows(plan, CHANNELS), periodLabel: period });
  golden('UpliftChart', UpliftChart, {
    width: HALF, summary: plan.uplift, pPositive: plan.p_uplift_positive, draws: upliftDraws(plan), kpiName: kpi,
  });
  golden('UpliftChart-quantiles', UpliftChart, {
    width: HALF, summary: plan.uplift, pPositive: plan.p_uplift_positive, draws: upliftDraws({ ...plan, per_draw: undefined }), kpiName: kpi,
  });
  golden('FrontierChart', FrontierChart, {
    width: WIDE, rows: frontierRows(frontier), currentBudget: frontier.current_budget, chosenBudget: plan.budget, kpiName: kpi,
  });
});

describe('Model page charts (PriorPredictive.svelte wiring)', () => {
  // 200 prior draws with seed 1, as the page draws them.
  const pp = samplePriorPredictive(model.spec, model.data, { draws: 200, seed: 1 });
  const cols = sortColumns(pp.kpi);
  golden('PriorPredictiveChart', PriorPredictiveChart, {
    width: WIDE, dates: model.data.dates.map((s) => new Date(`${s.slice(0, 10)}T00:00:00Z`)), actual: model.data.kpi,
    median: quantileAt(cols, 0.5), outer: bandAt(cols, 0.94), inner: bandAt(cols, 0.5), kpiName: model.data.kpiName,
  });
  const channels = model.spec.channels.map((c) => c.name);
  golden('RoiPreview', RoiPreview, {
    channels, roi: pp.roi, spend: channels.map((c) => (model.data.channels[c] ?? []).reduce((a, b) => a + b, 0)),
    kpiTotal: model.data.kpi.reduce((a, b) => a + b, 0),
  });
});

