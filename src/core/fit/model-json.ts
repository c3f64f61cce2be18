// The model.json contract: what `marginal fit` writes and the app, `summary` and `optimize` read.
import type { MmmData } from '../data/types';
import type { FitConfig, ModelSpec } from '../model/spec';
import type { Interval } from '../stats';

export type { Interval };

export interface ParameterSummary {
  mean: number; sd: number; q03: number; q97: number;
  rhat: number; ess_bulk: number; ess_tail: number;
  mcse_mean?: number;
}

export interface ChannelSummary {
  roi: Interval;
  mroi: Interval;
  contribution_total: Interval;
  spend_total: number;
  contribution_share?: Interval;
  spend_share?: number;
}

/** A synergy pair's summary (summary.synergy, keyed a×b). */
export interface SynergySummary {
  a: string;
  b: string;
  /** eta in the scaled space (KPI / max |KPI|; the term is eta x sat_a x sat_b with sat in [0, 1)). */
  eta: Interval;
  /** The synergy's contribution over the fitted window, original KPI units. */
  contribution_total: Interval;
  /** That contribution over the pair's own contributions: 0.15 = "15% better together". */
  lift: Interval;
}

export interface Scaling {
  /** KPI divided by this (max |KPI|). */
  kpi: number;
  /** Each channel's spend divided by its max. */
  channels: Record<string, number>;
  /** Controls: x_scaled = (x - center) / scale; center 0 and scale 1 when unscaled. */
  controls: Record<string, { center: number; scale: number }>;
}

/** Per-draw sampler statistics, each [chain][draw]. */
export interface SamplerStats {
  accept_stat: number[][];
  stepsize: number[][];
  treedepth: number[][];
  n_leapfrog: number[][];
  divergent: number[][];
  energy: number[][];
  lp: number[][];
}

export interface Diagnostics {
  max_rhat: number;
  min_ess_bulk: number;
  min_ess_tail: number;
  divergences: number;
  treedepth_saturated: number;
  ebfmi: number[];
  seconds: number;
  gradients: number;
  /** Per chain: wall seconds, gradient evaluations (warmup included) and adapted step size. */
  chain_seconds?: number[];
  chain_gradients?: number[];
  step_size?: number[];
}

export interface ModelJson {
  format: 'marginal-model';
  version: 1;
  created: string;
  spec: ModelSpec;
  fit: FitConfig;
  /** The data the model was fitted on, held-out rows included (stays on the user's machine; needed for reload and the optimizer). */
  data: MmmData;
  scaling: Scaling;
  /** Every posterior draw of every parameter, constrained scale, scaled space: draws[name][chain][draw]. */
  draws: Record<string, number[][]>;
  sampler: SamplerStats;
  diagnostics: Diagnostics;
  summary: {
    parameters: Record<string, ParameterSummary>;
    channels: Record<string, ChannelSummary>;
    /** Present when the spec has synergy pairs. */
    synergy?: Record<string, SynergySummary>;
    fit?: { r2: Interval; mape: Interval; nrmse: Interval };
    /** The same metrics on the held-out periods (present when the model has a holdout). */
    fit_holdout?: { r2: Interval; mape: Interval; nrmse: Interval };
  };
  /** The last `periods` rows of `data` (from date `start`) were left out of the fit; summaries cover the rows before. */
  holdout?: { periods: number; start: string };
  /** Set when the run was cancelled and holds fewer draws than asked. */
  cancelled?: boolean;
}
