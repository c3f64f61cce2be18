// The optimizer's public shapes: what a caller asks for (OptimizeOptions) and what it gets back (Plan, Frontier).
import type { Distribution, Interval } from '../stats';

export type ObjectiveName = 'mean' | 'profit' | 'q10' | 'cvar10' | 'mean-sd';

export interface ObjectiveOptions {
  /** What to maximise over the posterior draws (default 'mean': expected KPI over the horizon). */
  objective?: ObjectiveName;
  /** Value of one KPI unit (profit objective, and the currency of mROI). Default 1. */
  valuePerKpi?: number;
  /** Profit margin on that value (profit objective). Default 1. */
  margin?: number;
  /** Per-channel multiplier on the value of the KPI it drives (profit objective). Default 1. */
  valueMultiplier?: Record<string, number>;
  /** Lower quantile for 'q10' (default 0.1). */
  quantile?: number;
  /** Tail fraction for 'cvar10' (default 0.1). */
  cvarAlpha?: number;
  /** lambda in mean - lambda * sd (default 1). */
  riskAversion?: number;
  /**
   * What the KPI objectives see per draw: 'total' (default; baseline + media, the KPI the plan will
   * produce, so a draw's baseline uncertainty counts in its tail) or 'media' (the media-driven KPI only).
   */
  riskOn?: 'total' | 'media';
}

export interface ConstraintOptions {
  /** Current spend per period per channel; default the mean of the last H periods of the data. */
  current?: Record<string, number>;
  /** Absolute minimum spend per period. */
  min?: Record<string, number>;
  /** Absolute maximum spend per period. */
  max?: Record<string, number>;
  /** Minimum floors per period (brand presence): a minimum by another name, reported as "floor". */
  floors?: Record<string, number>;
  /** Max relative change vs current, for all channels (0.3 = +-30%) or per channel. */
  maxChange?: number | Record<string, number>;
  /** Channels held at their current spend. */
  lock?: string[];
  /**
   * The trust region: no planned period spend beyond this multiple of the largest spend in one period the model was
   * fitted on (default DEFAULT_EXTRAPOLATE = 1; must be >= 1; Infinity turns it off).
   */
  extrapolate?: number;
}

export interface SolverOptions {
  /** Posterior draws used (evenly thinned). Default 1000. */
  maxDraws?: number;
  /** Random feasible starts besides current and equal split. Default 3. */
  randomStarts?: number;
  seed?: number;
  /** Stop when the projected gradient step (as a fraction of the budget) is below this. Default 1e-6. */
  tolerance?: number;
  maxIterations?: number;
}

export interface OptimizeOptions extends ObjectiveOptions, ConstraintOptions, SolverOptions {
  /** Planning horizon in periods. Default 13 (weekly data) or 90 (daily). */
  horizon?: number;
  /** Total budget over the horizon (sum over channels and periods). Default: the current plan's total. */
  budget?: number;
  /** Flexible budget: spend while the marginal ROI of the last unit is at least this (value units per spend unit). */
  mroiTarget?: number;
  /** Flexible budget: the largest budget whose optimal plan keeps an average ROI (media KPI above zero spend x valuePerKpi, per unit spent) of at least this. */
  roiTarget?: number;
  /** Spend pattern over the horizon per channel (H weights, rescaled to mean 1); flat when absent. */
  flighting?: Record<string, number[]>;
  /** Count the plan's own carryover in the lmax-1 periods after the horizon (zero spend then). Default true. */
  includeCarryover?: boolean;
  /** For the phased path: the largest change per phase, relative to current (e.g. 0.1). */
  maxStepChange?: number;
  /** Also return the per-draw values (plan.per_draw), e.g. for an uplift histogram. */
  keepDraws?: boolean;
}

export type { Distribution, Interval };

export interface ChannelBound {
  min: number; max: number;
  /** Which constraints set each side, e.g. "min 5000", "max-change -30% of 10000", "locked". */
  minFrom: string; maxFrom: string;
}

/** Where a plan stands against the trust region (trust-region.ts). */
export interface TrustRegionReport {
  /** The multiplier on the largest spend seen (Infinity, written null in JSON, when off). */
  extrapolate: number;
  channels: Record<string, {
    /** Largest spend in one period the model was fitted on. */
    seen: number;
    /** Cap on any one planned period: extrapolate x seen. */
    cap: number;
    /** The plan's largest spend in one period (its mean per period x the flighting's peak weight). */
    peak: number;
    at_edge: boolean;
    beyond_seen: boolean;
  }>;
  /** In words, one per channel at the edge or beyond what was seen, e.g. "email: at the largest spend the model has seen (1,234 per week)". */
  notes: string[];
}

export interface KktReport {
  /** Marginal objective per extra unit of total spend on each channel (value units). */
  marginal: Record<string, number>;
  /** The budget multiplier: the common marginal return of the channels strictly inside their bounds. */
  multiplier: number;
  interior: string[]; atMin: string[]; atMax: string[];
  /** (max - min) / |mean| of the interior channels' marginal returns (0 with fewer than two). */
  spread: number;
  /** Channels at a bound whose marginal return is on the wrong side of the multiplier (beyond tolerance). */
  violations: string[];
  /** Relative tolerance of the check: 1e-3, or 1e-2 for q10/cvar10 (sorted-draw subgradients are only piecewise smooth). */
  tolerance: number;
  ok: boolean;
}

export interface StartReport {
  from: string; objective: number; iterations: number;
  /** This start reached the best optimum found so far and stopped there. */
  joined?: boolean;
}

export interface PhaseStep { step: number; allocation: Record<string, number>; kpi_mean: number }

export interface Plan {
  status: 'optimal' | 'nothing-to-move';
  message?: string;
  objective: ObjectiveName;
  horizon: number;
  /** Total over the horizon. */
  budget: number;
  channels: string[];
  draws: number;
  carryover: 'included' | 'excluded';
  /** Recommended spend per period per channel (the mean over the horizon when flighted). */
  allocation: Record<string, number>;
  /** Recommended spend in each horizon period per channel. */
  allocation_by_period: Record<string, number[]>;
  current: Record<string, number>;
  bounds: Record<string, ChannelBound>;
  /** Total KPI over the horizon (baseline + media), original units. */
  kpi_current: Distribution;
  kpi_recommended: Distribution;
  /** Media-driven KPI over the horizon (and carryover tail). */
  media_current: Distribution;
  media_recommended: Distribution;
  uplift: Interval & { q25: number; q75: number; sd: number };
  p_uplift_positive: number;
  /** Marginal ROI of one more unit of spend on each channel at the recommended plan (KPI x valuePerKpi per unit). */
  mroi: Record<string, Interval>;
  /** The same at the current plan. */
  mroi_current: Record<string, Interval>;
  objective_value: number;
  objective_current: number;
  kkt: KktReport;
  /** The trust region and the channels at its edge (absent in plans saved before it existed). */
  trust_region?: TrustRegionReport;
  starts: StartReport[];
  path?: PhaseStep[];
  /** Per posterior draw (when keepDraws): total KPI under each plan and the uplift. */
  per_draw?: { kpi_current: number[]; kpi_recommended: number[]; uplift: number[] };
}

export interface FrontierPoint {
  budget: number;
  feasible: boolean;
  allocation: Record<string, number>;
  kpi: Distribution;
  objective_value: number;
  /** Marginal ROI of the last unit of budget (KKT multiplier, per draw for the band). */
  mroi_last: Interval;
}

export interface FrontierOptions extends OptimizeOptions {
  /** Budgets as fractions of the current total. Default 20 points from 0.5 to 2. */
  fractions?: number[];
}

export interface Frontier {
  objective: ObjectiveName;
  horizon: number;
  current_budget: number;
  points: FrontierPoint[];
}
