// The shapes of the recovery suite: what a dataset is generated from (RecoveryConfig) and the truth it carries.
import type { ChannelParams, ChannelSpec } from '../../model';
import type { Frequency } from '../types';

export type FlightingKind = 'always-on' | 'bursts' | 'dark';

export interface ChannelConfig {
  /** The spend column's name in the CSV (detected as a channel: ends in _spend). */
  name: string;
  /** The truth's adstock kind, kernel length and saturation family (the model's own component functions). */
  spec: ChannelSpec;
  flighting: FlightingKind;
  /** Share of total spend (before flighting and confounding). */
  share: number;
  /** ROI the channel's own term is built to have over the window (before synergy). */
  targetRoi: number;
  alpha: number;
  /** Delayed-peak lag (0 for geometric). */
  theta: number;
  /** Saturation shape relative to the channel's mean adstocked scaled spend (lam, kappa) and the Hill slope. */
  halfPoint: number;
  slope: number;
}

export interface BaselineConfig {
  /** Linear trend: change of the level over the window, relative to the level. */
  trend: number;
  /** Level shift at a fraction of the window, relative to the level (0 = none). */
  levelShift: number;
  levelShiftAt: number;
  /** A slow curve (one bump over the window), amplitude relative to the level (0 = none). */
  slowCurve: number;
  /** Yearly seasonality amplitude relative to the level (0 = none). */
  seasonality: number;
}

export interface RecoveryConfig {
  id: string;
  seed: number;
  frequency: Frequency;
  years: number;
  channels: ChannelConfig[];
  baseline: BaselineConfig;
  /** Observed controls written to the CSV. */
  controls: { price: boolean; promo: boolean };
  /** An unobserved confounder that raises this channel's spend and the KPI together. */
  confounder?: { channel: string; spendEffect: number; kpiEffect: number };
  /** eta x sat_a(t) x sat_b(t): the pair performs `lift` (e.g. 0.15) better when both are active. */
  synergy?: { a: string; b: string; lift: number };
  /** Share of the KPI's variance the noiseless signal explains. */
  r2: number;
}

/** One channel of the truth: the model's channel spec and parameters, on spend divided by `ref`, in KPI units. */
export interface TrueChannel {
  spec: ChannelSpec;
  params: ChannelParams;
  /** Spend divisor (the channel's max spend in the data, as the model scales it). */
  ref: number;
}

/** The truth of a generated dataset, everything in original KPI and spend units. */
export interface RecoveryTruth {
  channels: TrueChannel[];
  /** Synergy term eta x sat_a(t) x sat_b(t) (KPI units), when the dataset has one. */
  synergy?: { a: string; b: string; eta: number };
  /** KPI lost over the window when the channel's spend is zeroed (carryover and synergy included), per unit spend. */
  roi: Record<string, number>;
  /** That loss per period: the true contribution of the channel per period. */
  contribution: Record<string, number[]>;
  /** The KPI before noise, and the noise sd. */
  kpiNoiseless: number[];
  sigma: number;
  /** R^2 of the noiseless signal on the generated KPI. */
  r2: number;
}

export interface RecoveryDataset {
  config: RecoveryConfig;
  csv: string;
  dates: string[];
  /** Spend per channel as written to the CSV. */
  spend: Record<string, number[]>;
  kpi: number[];
  truth: RecoveryTruth;
}
