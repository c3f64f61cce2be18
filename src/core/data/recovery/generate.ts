// Realises one recovery dataset from its config: spend with flighting (and confounding), the true channel curves
// (the model's adstock and saturation), synergy, baseline, noise at the config's R^2, the CSV and the truth.
import { adstock, channelUnitContribution, type ChannelParams } from '../../model';
import { createRng } from '../../stats';
import { trueBaseline } from './baseline';
import { spendPattern } from './spend-patterns';
import { mediaEffect, mediaTotal } from './truth-curves';
import { trueContributions } from './truth-effects';
import type { ChannelConfig, RecoveryConfig, RecoveryDataset, RecoveryTruth, TrueChannel } from './types';
import { periodDates, writeCsv } from './write-csv';

/** Total spend per week across channels, per channel in the suite (so KPI magnitudes stay comparable). */
const WEEKLY_SPEND_PER_CHANNEL = 50_000;

const sum = (v: ArrayLike<number>) => { let s = 0; for (let i = 0; i < v.length; i++) s += v[i]; return s; };

/** The channel's true curve: saturation placed relative to its mean adstocked spend, beta set for its target ROI. */
function trueChannel(c: ChannelConfig, spend: number[]): TrueChannel {
  const ref = Math.max(...spend);
  const x = spend.map((v) => v / ref);
  const a = adstock(c.spec, x, c.alpha, c.theta);
  const on = Array.from(a).filter((v) => v > 0);
  const m = sum(on) / on.length;
  const params: ChannelParams = { alpha: c.alpha, theta: c.theta, lam: 0, kappa: 0, slope: 0, beta: 1 };
  if (c.spec.saturation === 'logistic') params.lam = c.halfPoint / m;
  else if (c.spec.saturation === 'hill') { params.kappa = c.halfPoint * m; params.slope = c.slope; }
  else params.lam = c.halfPoint * m;
  params.beta = (c.targetRoi * sum(spend)) / sum(channelUnitContribution(c.spec, x, params));
  return { spec: c.spec, params, ref };
}

export function generateRecoveryDataset(cfg: RecoveryConfig): RecoveryDataset {
  const rng = createRng(cfg.seed);
  const weekly = cfg.frequency === 'weekly';
  const T = weekly ? 52 * cfg.years : 365 * cfg.years;
  const { dates, dayOfYear } = periodDates(weekly ? '2022-01-03' : '2022-01-01', T, weekly ? 7 : 1);
  const base = trueBaseline(cfg, 1, dayOfYear, cfg.frequency, rng);
  const perPeriod = (WEEKLY_SPEND_PER_CHANNEL * cfg.channels.length) / (weekly ? 1 : 7);
  const spend: Record<string, number[]> = {};
  for (const c of cfg.channels) {
    const pattern = spendPattern(c.flighting, T, cfg.frequency, rng);
    const k = cfg.confounder?.channel === c.name ? cfg.confounder.spendEffect : 0;
    spend[c.name] = pattern.map((p, t) => Math.round(perPeriod * c.share * p * Math.exp(k * base.confounder[t] - (k * k) / 2) * 100) / 100);
  }
  const channels = cfg.channels.map((c) => trueChannel(c, spend[c.name]));
  let synergy: RecoveryTruth['synergy'];
  if (cfg.synergy) {
    const { a, b, lift } = cfg.synergy;
    const own = mediaEffect({ channels }, spend).own;
    const unit = mediaEffect({ channels, synergy: { a, b, eta: 1 } }, spend).synergy;
    synergy = { a, b, eta: (lift * (sum(own[a]) + sum(own[b]))) / sum(unit) };
  }
  const media = mediaTotal(mediaEffect({ channels, synergy }, spend));
  // Media drives 20-35% of the KPI: the level is 2-4x the mean media KPI per period.
  const level = (sum(media) / T) * rng.uniform(2, 4);
  const noiseless = base.kpi.map((v, t) => level * v + media[t]);
  const mean = sum(noiseless) / T;
  const signalVar = noiseless.reduce((s, v) => s + (v - mean) ** 2, 0) / T;
  const sigma = Math.sqrt((signalVar * (1 - cfg.r2)) / cfg.r2);
  const kpi = noiseless.map((v) => Math.round((v + sigma * rng.normal()) * 100) / 100);
  const kpiMean = sum(kpi) / T;
  const sse = kpi.reduce((s, v, t) => s + (v - noiseless[t]) ** 2, 0);
  const sst = kpi.reduce((s, v) => s + (v - kpiMean) ** 2, 0);
  const { contribution, roi } = trueContributions({ channels, synergy }, spend);
  const controls = base.controls as Record<string, number[]>;
  return {
    config: cfg, dates, spend, kpi,
    csv: writeCsv(dates, kpi, spend, controls),
    truth: { channels, synergy, roi, contribution, kpiNoiseless: noiseless, sigma, r2: 1 - sse / sst },
  };
}
