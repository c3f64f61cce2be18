// The per-draw posterior arrays the Results page draws from (original units), every number filled from core/posterior.

/** One row per draw. */
export type DrawRows = Float64Array[];

export interface ResponseCurves {
  /** Spend per period, original units (the grid the curves are evaluated on). */
  grid: number[];
  /** draws x grid: KPI per period at steady state for that spend. */
  draws: DrawRows;
  /** Current spend per period (mean over the fitted window). */
  current: number;
  /** The largest spend in one fitted period: beyond it the curve is extrapolated (shaded). */
  seen: number;
}

export interface ResultsData {
  kpiName: string;
  channels: string[];
  dates: string[];
  actual: number[];
  /** Index of the first holdout period, when the model has a holdout. */
  holdoutStart?: number;
  /** draws x periods: expected KPI (mu). */
  fitted: DrawRows;
  /** draws x periods: posterior predictive (with observation noise), when available. */
  predictive?: DrawRows;
  /** draws x periods of the fitted window (before holdoutStart): everything that is not a paid channel. */
  baseline: DrawRows;
  /** channel -> draws x periods of the fitted window. */
  contributions: Record<string, DrawRows>;
  /** Synergy pair (a×b) -> draws x periods of the fitted window: the pair's own term eta x sat_a x sat_b (empty without pairs). */
  synergy: Record<string, DrawRows>;
  synergyTotal: Record<string, Float64Array>;
  /** Per-draw totals over the fitted window: the expected KPI, the baseline and each channel's contribution. */
  fittedTotal: Float64Array;
  baselineTotal: Float64Array;
  contributionTotal: Record<string, Float64Array>;
  /** Spend over the fitted window per channel. */
  spendTotal: Record<string, number>;
  /** channel -> per-draw values. */
  roi: Record<string, Float64Array>;
  mroi: Record<string, Float64Array>;
  /** Spend per unit of KPI (1 / ROI per draw). */
  costPerKpi: Record<string, Float64Array>;
  contributionShare: Record<string, Float64Array>;
  spendShare: Record<string, number>;
  response: Record<string, ResponseCurves>;
  /** channel -> draws x lags: normalised adstock weights. */
  adstock: Record<string, DrawRows>;
  /** Fit metrics per draw, when available. */
  metrics?: { r2: Float64Array; mape: Float64Array; nrmse: Float64Array };
  /** Out-of-sample fit metrics per draw over the held-out periods, when the model has a holdout. */
  holdoutMetrics?: { r2: Float64Array; mape: Float64Array; nrmse: Float64Array };
}
