// Shapes the chart components take: already-reduced numbers, no draws bookkeeping.
import type { Band } from '../../core/stats';
import type { ScalarInterval } from '../../core/stats';

/** One stacked layer of a contribution chart. */
export interface Layer { name: string; colour: string; mean: number[]; band: Band }

/** One row of a dot-and-interval chart: outer interval at the chosen level, inner 50%. */
export interface IntervalRow { name: string; colour: string; outer: ScalarInterval; inner: ScalarInterval; draws?: number[] }

/** One panel of a faceted interval chart (ROI, mROI, cost per KPI). */
export interface IntervalFacet {
  title: string; rows: IntervalRow[]; format: (v: number) => string; reference?: { value: number; label: string };
  /** The dot: the mean (default), or the median for quantities whose mean can be unbounded (cost per KPI). */
  center?: 'mean' | 'median';
}

/** One step of a waterfall: a total with its interval. */
export interface WaterfallStep { name: string; colour: string; value: ScalarInterval }

/** A channel's spend share and effect share. */
export interface ShareRow { name: string; colour: string; spendShare: number; effect: ScalarInterval }

/** A channel's response curve, reduced at the chosen level. */
export interface CurvePanel {
  name: string; colour: string; grid: number[]; mean: number[]; outer: Band; inner: Band;
  current: number; draws?: ArrayLike<number>[];
  /** The largest spend in one period the model has seen: the range beyond it is shaded as extrapolated. */
  seen?: number;
  /** Full per-draw values at each grid point (sorted), for the hover distribution. */
  sortedAt: (i: number) => Float64Array;
}

/** A channel's adstock weights by lag. */
export interface DecaySeries { name: string; colour: string; mean: number[]; outer: Band }

/** A channel's current and recommended spend per period, with its allowed range. */
export interface AllocationRow { name: string; colour: string; current: number; recommended: number; min?: number; max?: number }

/** Quantiles of the uplift (the plan's summary). */
export interface UpliftSummary { mean: number; q03: number; q25: number; q75: number; q97: number }

/** One budget on the frontier. */
export interface FrontierRow {
  budget: number;
  kpi: { mean: number; q03: number; q25: number; q75: number; q97: number };
  mroi: { mean: number; q03: number; q97: number };
}
