// The product's own demo dataset and synthetic datasets, generated from known parameters.
import { dayOfYear, isoOfDayNumber, dayNumber } from './dates';
import { alwaysOn, bursts, monthlyFlights, pulses, seasonal } from './flighting';
import { createRng, type Rng } from '../stats';
import { isKpiUnitParam, modelMean } from './simulate';
import { seasonalityAt } from '../model/components/seasonality';
import type { ColumnMapping, MmmData } from './types';

/** The parameters that generated a dataset, in the exact scaled space the model will see. */
export interface DemoTruth {
  /** PyMC-style names (adstock_alpha[tv_spend], saturation_beta[...], intercept, trend, gamma_fourier[sin_1], gamma_control[promo], sigma). */
  params: Record<string, number>;
  /** True total contribution / total spend per channel, original units. */
  roi: Record<string, number>;
  /** True total contribution per channel over all periods, original units. */
  contribution: Record<string, number>;
  /** The KPI before noise, original units. */
  kpiNoiseless: number[];
  /** max |KPI| of the generated data: the model's scaling.kpi. */
  scalingKpi: number;
  /** Model settings the truth assumes. */
  model: { adstock: 'geometric'; lmax: number; saturation: 'logistic'; yearly: number; trend: boolean; standardizeControls: false };
}

export interface Dataset { csv: string; data: MmmData; mapping: ColumnMapping; truth: DemoTruth }

const LMAX = 8;
/** KPI units per unit of generated y: revenue around 1e6 per week. */
const KPI_SCALE = 1e6;

interface Plan {
  start: number; // day number of the first week
  T: number;
  kpiName: string;
  spend: Record<string, number[]>;
  controls: Record<string, number[]>;
  /** Generation parameters; those in KPI units are relative to KPI_SCALE. */
  params: Record<string, number>;
  trend: boolean;
  yearly: number;
}

/** Applies the model, adds noise, rescales, and reports the truth relative to max |KPI|. */
function realise(plan: Plan, rng: Rng): Dataset {
  const dayNums = Array.from({ length: plan.T }, (_, t) => plan.start + 7 * t);
  const dates = dayNums.map(isoOfDayNumber);
  const doy = dates.map((d) => { const [y, m, dd] = d.split('-').map(Number); return dayOfYear({ y, m, d: dd }); });
  const x = Object.fromEntries(Object.entries(plan.spend).map(([c, s]) => {
    const max = Math.max(...s);
    return [c, s.map((v) => v / max)];
  }));
  const { mu, channels } = modelMean(plan.params, { x, dayOfYear: doy, controls: plan.controls, trend: plan.trend, yearly: plan.yearly, lmax: LMAX });
  const sigma = plan.params.sigma;
  // Cents, like a real export; the rounding (<= 0.005 on ~1e6) is negligible next to the noise.
  const kpi = mu.map((m) => Math.round((m + sigma * rng.normal()) * KPI_SCALE * 100) / 100);
  const scalingKpi = Math.max(...kpi.map(Math.abs));
  const divisor = scalingKpi / KPI_SCALE;
  const params = Object.fromEntries(Object.entries(plan.params).map(([k, v]) => [k, isKpiUnitParam(k) ? v / divisor : v]));
  const contribution: Record<string, number> = {};
  const roi: Record<string, number> = {};
  for (const c of Object.keys(plan.spend)) {
    contribution[c] = channels[c].reduce((a, b) => a + b, 0) * KPI_SCALE;
    roi[c] = contribution[c] / plan.spend[c].reduce((a, b) => a + b, 0);
  }
  const mapping: ColumnMapping = { date: 'date', kpi: plan.kpiName, channels: Object.keys(plan.spend), controls: Object.keys(plan.controls) };
  const header = [mapping.date, mapping.kpi, ...mapping.channels, ...mapping.controls];
  const lines = dates.map((d, t) => [d, kpi[t], ...mapping.channels.map((c) => plan.spend[c][t]), ...mapping.controls.map((k) => plan.controls[k][t])].map(String).join(','));
  const data: MmmData = {
    dates, frequency: 'weekly', dayOfYear: doy, kpiName: mapping.kpi, kpi,
    channels: Object.fromEntries(mapping.channels.map((c) => [c, plan.spend[c]])),
    controls: Object.fromEntries(mapping.controls.map((k) => [k, plan.controls[k]])),
  };
  return {
    csv: [header.join(','), ...lines].join('\n') + '\n',
    data,
    mapping,
    truth: {
      params, roi, contribution, scalingKpi,
      kpiNoiseless: mu.map((m) => m * KPI_SCALE),
      model: { adstock: 'geometric', lmax: LMAX, saturation: 'logistic', yearly: plan.yearly, trend: plan.trend, standardizeControls: false },
    },
  };
}

function months(start: number, T: number): number[] {
  return Array.from({ length: T }, (_, t) => Number(isoOfDayNumber(start + 7 * t).slice(5, 7)));
}

// [alpha, lam, beta]: beta is the channel's maximum weekly effect as a share of KPI_SCALE.
const DEMO_CHANNELS: Record<string, [number, number, number]> = {
  tv_spend: [0.6, 1.8, 0.22],
  search_spend: [0.15, 2.5, 0.14],
  social_spend: [0.3, 2.0, 0.08],
  display_spend: [0.45, 1.5, 0.05],
  radio_spend: [0.5, 2.2, 0.06],
  email_spend: [0.2, 3.0, 0.03],
};

function channelParams(table: Record<string, [number, number, number]>): Record<string, number> {
  const p: Record<string, number> = {};
  for (const [c, [alpha, lam, beta]] of Object.entries(table)) {
    p[`adstock_alpha[${c}]`] = alpha;
    p[`saturation_lam[${c}]`] = lam;
    p[`saturation_beta[${c}]`] = beta;
  }
  return p;
}

/**
 * The demo: 156 weeks from Monday 2023-01-02, revenue around 1e6 a week, six channels with
 * realistic flighting, a linear trend, yearly seasonality (order 2), promo weeks, Normal noise.
 */
export function generateDemoData(seed = 1): Dataset {
  const rng = createRng(seed);
  const T = 156;
  const start = dayNumber({ y: 2023, m: 1, d: 2 });
  const doy = Array.from({ length: T }, (_, t) => { const [y, m, d] = isoOfDayNumber(start + 7 * t).split('-').map(Number); return dayOfYear({ y, m, d }); });
  // Search demand follows the KPI's own first seasonal harmonic (sin_1 and cos_1 below).
  const season = doy.map((d) => seasonalityAt([0.8, 0.6], 1, d));
  const spend = {
    tv_spend: bursts(rng, T, [70_000, 120_000], [3, 6], [4, 9]),
    // Always-on channels still vary enough week to week for their effect to be identifiable.
    search_spend: seasonal(rng, season, 32_000, 0.3, 0.2),
    social_spend: alwaysOn(rng, T, 24_000, 0.45),
    display_spend: pulses(rng, T, [35_000, 55_000], [5, 8], 3_000),
    radio_spend: monthlyFlights(rng, months(start, T), [3, 4, 5, 10, 11], [20_000, 38_000]),
    email_spend: alwaysOn(rng, T, 4_000, 0.5, 0.3),
  };
  const promo = Array.from({ length: T }, () => (rng.next() < 0.08 ? 1 : 0));
  const params = {
    ...channelParams(DEMO_CHANNELS),
    intercept: 0.55, trend: 0.12,
    'gamma_fourier[sin_1]': 0.06, 'gamma_fourier[cos_1]': 0.045, 'gamma_fourier[sin_2]': -0.02, 'gamma_fourier[cos_2]': 0.015,
    'gamma_control[promo]': 0.06,
    sigma: 0.025,
  };
  return realise({ start, T, kpiName: 'revenue', spend, controls: { promo }, params, trend: true, yearly: 2 }, rng);
}

export interface SyntheticOptions {
  /** Weeks of data (default 104). */
  weeks?: number;
  /** Number of channels, 1-6 (default 3), named tv_spend, search_spend, ... */
  channels?: number;
  /** Noise sd relative to a KPI of about 1 (default 0.03). */
  sigma?: number;
  trend?: boolean;
  /** Fourier order (default 2; 0 for none). */
  yearly?: number;
  /** Include a 0/1 promo control (default true). */
  control?: boolean;
  /**
   * Generation parameters (PyMC names; KPI-unit ones relative to a KPI of about 1) overriding
   * the defaults. The reported truth is these divided by max |y| of the generated data.
   */
  params?: Record<string, number>;
  /** Draw the parameters not given in `params` from wide seeded distributions instead of fixed defaults. */
  drawParams?: boolean;
}

const SYNTH_NAMES = Object.keys(DEMO_CHANNELS);

/** Smaller, gentler data for recovery and calibration checks: always-on spend, no flighting extremes. */
export function generateSyntheticData(seed: number, options: SyntheticOptions = {}): Dataset {
  const { weeks = 104, channels = 3, sigma = 0.03, trend = true, yearly = 2, control = true, drawParams = false } = options;
  if (!Number.isInteger(weeks) || weeks < 2) throw new Error(`generateSyntheticData: weeks must be an integer >= 2, got ${weeks}`);
  if (!Number.isInteger(channels) || channels < 1 || channels > SYNTH_NAMES.length) {
    throw new Error(`generateSyntheticData: channels must be 1..${SYNTH_NAMES.length}, got ${channels}`);
  }
  const rng = createRng(seed);
  const start = dayNumber({ y: 2023, m: 1, d: 2 });
  const names = SYNTH_NAMES.slice(0, channels);
  const spend: Record<string, number[]> = {};
  names.forEach((c, i) => { spend[c] = alwaysOn(rng, weeks, 20_000 + 10_000 * i, 0.35); });
  const controls: Record<string, number[]> = control ? { promo: Array.from({ length: weeks }, () => (rng.next() < 0.1 ? 1 : 0)) } : {};
  const draw = (lo: number, hi: number, fixed: number) => (drawParams ? rng.uniform(lo, hi) : fixed);
  const params: Record<string, number> = { intercept: draw(0.3, 0.7, 0.5), sigma };
  if (trend) params.trend = draw(-0.1, 0.2, 0.1);
  const fixedFourier = [0.05, 0.03, -0.02, 0.01];
  for (let k = 1; k <= yearly; k++) {
    params[`gamma_fourier[sin_${k}]`] = drawParams ? rng.normal(0, 0.04) : (fixedFourier[2 * k - 2] ?? 0);
    params[`gamma_fourier[cos_${k}]`] = drawParams ? rng.normal(0, 0.04) : (fixedFourier[2 * k - 1] ?? 0);
  }
  if (control) params['gamma_control[promo]'] = drawParams ? rng.normal(0.05, 0.03) : 0.05;
  names.forEach((c, i) => {
    params[`adstock_alpha[${c}]`] = draw(0.1, 0.7, [0.5, 0.2, 0.35, 0.4, 0.3, 0.25][i]);
    params[`saturation_lam[${c}]`] = draw(1, 4, [2, 3, 2.5, 1.5, 2.2, 3][i]);
    params[`saturation_beta[${c}]`] = draw(0.05, 0.3, [0.2, 0.12, 0.08, 0.06, 0.05, 0.04][i]);
  });
  Object.assign(params, options.params ?? {});
  return realise({ start, T: weeks, kpiName: 'revenue', spend, controls, params, trend, yearly }, rng);
}
