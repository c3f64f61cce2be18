// Sorts every per-draw array core computed for the Results page once, so changing the credible level only re-reads quantiles.
import { sortColumns, sortScalar, thinIndices, type SortedColumns, type SortedScalar } from '../../core/stats';
import { SPAGHETTI_DRAWS } from '../charts/spaghetti';
import type { ResultsData } from './results-data';

export interface ResultsView {
  data: ResultsData;
  dates: Date[];
  fitted: SortedColumns;
  predictive: SortedColumns;
  baseline: SortedColumns;
  contributions: Record<string, SortedColumns>;
  /** Synergy pair (a×b) -> its term per period (its own series in the decomposition). */
  synergy: Record<string, SortedColumns>;
  /** Per-draw totals over the window: baseline, each channel and each synergy pair (keyed a×b). */
  totals: Record<string, SortedScalar>;
  /** Per-draw total of the fitted KPI over the window. */
  fittedTotal: SortedScalar;
  roi: Record<string, SortedScalar>;
  mroi: Record<string, SortedScalar>;
  /** Spend per unit of KPI (1 / ROI per draw). */
  costPerKpi: Record<string, SortedScalar>;
  contributionShare: Record<string, SortedScalar>;
  response: Record<string, SortedColumns>;
  adstock: Record<string, SortedColumns>;
  metrics?: { r2: SortedScalar; mape: SortedScalar; nrmse: SortedScalar };
  holdoutMetrics?: { r2: SortedScalar; mape: SortedScalar; nrmse: SortedScalar };
  /** Periods in the fitted window (all of them without a holdout): baseline and contributions cover these. */
  fitEnd: number;
  /** Draw indices drawn as lines when "show draws" is on. */
  spaghetti: number[];
}

export const BASELINE = 'baseline';

function mapChannels<T>(channels: string[], f: (ch: string) => T): Record<string, T> {
  return Object.fromEntries(channels.map((ch) => [ch, f(ch)]));
}

/** ISO date (YYYY-MM-DD) at UTC midnight. */
export function parseDate(s: string): Date {
  return new Date(`${s.slice(0, 10)}T00:00:00Z`);
}

export function precompute(data: ResultsData): ResultsView {
  const chs = data.channels;
  const fitEnd = data.holdoutStart ?? data.dates.length;
  const sortMetrics = (m: NonNullable<ResultsData['metrics']>) => ({ r2: sortScalar(m.r2), mape: sortScalar(m.mape), nrmse: sortScalar(m.nrmse) });
  const totals: Record<string, SortedScalar> = { [BASELINE]: sortScalar(data.baselineTotal) };
  for (const ch of chs) totals[ch] = sortScalar(data.contributionTotal[ch]);
  const pairs = Object.keys(data.synergy ?? {});
  for (const p of pairs) totals[p] = sortScalar(data.synergyTotal[p]);
  return {
    data,
    dates: data.dates.map(parseDate),
    fitted: sortColumns(data.fitted),
    predictive: sortColumns(data.predictive ?? data.fitted),
    baseline: sortColumns(data.baseline),
    contributions: mapChannels(chs, (ch) => sortColumns(data.contributions[ch])),
    synergy: mapChannels(pairs, (p) => sortColumns(data.synergy[p])),
    totals,
    // Over the fitted window, like the parts it is the total of.
    fittedTotal: sortScalar(data.fittedTotal),
    roi: mapChannels(chs, (ch) => sortScalar(data.roi[ch])),
    mroi: mapChannels(chs, (ch) => sortScalar(data.mroi[ch])),
    costPerKpi: mapChannels(chs, (ch) => sortScalar(data.costPerKpi[ch])),
    contributionShare: mapChannels(chs, (ch) => sortScalar(data.contributionShare[ch])),
    response: mapChannels(chs, (ch) => sortColumns(data.response[ch].draws)),
    adstock: mapChannels(chs, (ch) => sortColumns(data.adstock[ch])),
    metrics: data.metrics && sortMetrics(data.metrics),
    holdoutMetrics: data.holdoutMetrics && sortMetrics(data.holdoutMetrics),
    fitEnd,
    spaghetti: thinIndices(data.fitted.length, SPAGHETTI_DRAWS),
  };
}
