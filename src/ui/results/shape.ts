// Reduces the precomputed per-draw arrays to what each Results chart draws at a given credible level (cheap: no sorting).
import { bandAt, scalarInterval, type SortedColumns } from '../../core/stats';
import { BASELINE_COLOUR, SYNERGY_COLOURS, channelColour } from '../charts/palette';
import { fmtNum, fmtRatio } from '../charts/format';
import type { CurvePanel, DecaySeries, IntervalFacet, IntervalRow, Layer, ShareRow, WaterfallStep } from '../charts/types';
import { BASELINE, type ResultsView } from './precompute';
import { thinIndices, type SortedScalar } from '../../core/stats';

const INNER = 0.5;

function rowsOf(v: ResultsView, of: Record<string, SortedScalar>, level: number, drawsOn: boolean): IntervalRow[] {
  const chs = v.data.channels;
  return chs.map((ch) => ({
    name: ch,
    colour: channelColour(chs, ch),
    outer: scalarInterval(of[ch], level),
    inner: scalarInterval(of[ch], INNER),
    draws: drawsOn ? pickValues(of[ch].sorted, v.spaghetti.length) : undefined,
  }));
}

/** Evenly spaced values of a sorted array (a strip of draws that keeps the distribution's shape). */
function pickValues(sorted: Float64Array, n: number): number[] {
  return n > 0 ? thinIndices(sorted.length, n).map((i) => sorted[i]) : [];
}

export function fitShape(v: ResultsView, level: number, drawsOn: boolean) {
  return {
    mean: v.fitted.mean,
    outer: bandAt(v.predictive, level),
    inner: bandAt(v.predictive, INNER),
    draws: drawsOn ? v.spaghetti.map((i) => v.data.fitted[i]) : null,
  };
}

export function layersShape(v: ResultsView, level: number): Layer[] {
  const chs = v.data.channels;
  const layer = (name: string, colour: string, c: SortedColumns): Layer => ({ name, colour, mean: c.mean, band: bandAt(c, level) });
  return [
    layer('Baseline', BASELINE_COLOUR, v.baseline), ...chs.map((ch) => layer(ch, channelColour(chs, ch), v.contributions[ch])),
    ...synergyNames(v).map((p, j) => layer(`synergy ${p}`, SYNERGY_COLOURS[j % SYNERGY_COLOURS.length], v.synergy[p])),
  ];
}

/** The synergy pairs (a×b) the view holds, in spec order. */
export function synergyNames(v: ResultsView): string[] {
  return Object.keys(v.synergy ?? {});
}

export function waterfallShape(v: ResultsView, level: number): { steps: WaterfallStep[]; total: ReturnType<typeof scalarInterval> } {
  const chs = v.data.channels;
  const steps: WaterfallStep[] = [
    { name: 'Baseline', colour: BASELINE_COLOUR, value: scalarInterval(v.totals[BASELINE], level) },
    ...chs.map((ch) => ({ name: ch, colour: channelColour(chs, ch), value: scalarInterval(v.totals[ch], level) })),
    ...synergyNames(v).map((p, j) => ({ name: `synergy ${p}`, colour: SYNERGY_COLOURS[j % SYNERGY_COLOURS.length], value: scalarInterval(v.totals[p], level) })),
  ];
  // The fitted total's interval comes from the per-draw fitted series, not the sum of the parts' intervals.
  const total = scalarInterval(v.fittedTotal, level);
  return { steps, total };
}

export function roiFacets(v: ResultsView, level: number, drawsOn: boolean, kpiName: string): IntervalFacet[] {
  return [
    { title: 'ROI', rows: rowsOf(v, v.roi, level, drawsOn), format: fmtRatio, reference: { value: 1, label: 'break-even' } },
    { title: 'Marginal ROI (next 1%)', rows: rowsOf(v, v.mroi, level, drawsOn), format: fmtRatio, reference: { value: 1, label: 'break-even' } },
    { title: `Cost per ${kpiName}`, rows: rowsOf(v, v.costPerKpi, level, drawsOn), format: fmtNum, center: 'median' },
  ];
}

export function shareShape(v: ResultsView, level: number): ShareRow[] {
  const chs = v.data.channels;
  return chs.map((ch) => ({
    name: ch, colour: channelColour(chs, ch), spendShare: v.data.spendShare[ch], effect: scalarInterval(v.contributionShare[ch], level),
  }));
}

export function curvePanels(v: ResultsView, level: number, drawsOn: boolean): CurvePanel[] {
  const chs = v.data.channels;
  return chs.map((ch) => {
    const r = v.data.response[ch];
    const c = v.response[ch];
    return {
      name: ch, colour: channelColour(chs, ch), grid: r.grid, mean: c.mean,
      outer: bandAt(c, level), inner: bandAt(c, INNER), current: r.current, seen: r.seen,
      draws: drawsOn ? v.spaghetti.filter((i) => i < r.draws.length).map((i) => r.draws[i]) : undefined,
      sortedAt: (i: number) => c.sorted[i],
    };
  });
}

export function decaySeries(v: ResultsView, level: number): DecaySeries[] {
  const chs = v.data.channels;
  return chs.map((ch) => ({ name: ch, colour: channelColour(chs, ch), mean: v.adstock[ch].mean, outer: bandAt(v.adstock[ch], level) }));
}

