// One row of the recovery benchmark: fit a dataset from its CSV with the product's defaults, score it against its truth.
import type { RecoveryDataset } from '../data/recovery';
import { mediaEffect } from '../data/recovery';
import type { Interval } from '../stats';
import type { Host } from '../engine';
import type { FitConfig, ModelSpec } from '../model';
import { contributionSrmse } from './contribution-srmse';
import { decisionScore, type DecisionScore } from './decision';
import { fitFromCsv } from './fit-csv';
import { meanAbsRelError, roiScores, type RoiScore } from './roi-recovery';

export interface DatasetResult {
  id: string;
  periods: number;
  channels: number;
  /** Channels the detection found (should equal the truth's). */
  detected: string[];
  roi: RoiScore[];
  coverage50: number;
  coverage94: number;
  mare: number;
  srmse: number;
  srmsePerChannel: Record<string, number>;
  decision: DecisionScore;
  divergences: number;
  maxRhat: number;
  minEssBulk: number;
  /** Gradient evaluations of all chains: in all, and in the sampling draws alone (the rest is warmup). */
  gradients: number;
  samplingGradients: number;
  /** Sampling seconds (fitModel's), and the whole row's wall seconds (fit + scoring). */
  samplerSeconds: number;
  wallSeconds: number;
  r2True: number;
  r2Fit: number;
  /** When the data has a synergy and the spec names its pair: the true synergy total over the window against the
   *  model's synergy contribution (original KPI units). */
  synergy?: { pair: string; truth: number; fitted: Interval };
}

export async function scoreDataset(ds: RecoveryDataset, config: FitConfig, host: Host, overrides: Partial<ModelSpec> = {}): Promise<DatasetResult> {
  const t0 = performance.now();
  const { model, mapping } = await fitFromCsv(ds.csv, config, host, overrides);
  const truthNames = ds.truth.channels.map((c) => c.spec.name);
  const missing = truthNames.filter((n) => !mapping.channels.includes(n));
  if (missing.length) throw new Error(`${ds.config.id}: detection missed channels ${missing.join(', ')}`);
  const roi = roiScores(model, ds.truth.roi);
  const srmse = contributionSrmse(model, ds.truth.contribution);
  const decision = await decisionScore(model, ds, config.seed);
  return {
    id: ds.config.id,
    periods: ds.kpi.length,
    channels: truthNames.length,
    detected: mapping.channels,
    roi,
    coverage50: roi.filter((r) => r.in50).length / roi.length,
    coverage94: roi.filter((r) => r.in94).length / roi.length,
    mare: meanAbsRelError(roi),
    srmse: srmse.mean,
    srmsePerChannel: srmse.perChannel,
    decision,
    divergences: model.diagnostics.divergences,
    maxRhat: model.diagnostics.max_rhat,
    minEssBulk: model.diagnostics.min_ess_bulk,
    gradients: model.diagnostics.gradients,
    samplingGradients: model.sampler.n_leapfrog.reduce((s, c) => s + c.reduce((a, b) => a + b, 0), 0),
    samplerSeconds: model.diagnostics.seconds,
    wallSeconds: (performance.now() - t0) / 1000,
    r2True: ds.truth.r2,
    r2Fit: model.summary.fit?.r2.mean ?? NaN,
    ...synergyScore(ds, model),
  };
}

function synergyScore(ds: RecoveryDataset, model: Awaited<ReturnType<typeof fitFromCsv>>['model']): Pick<DatasetResult, 'synergy'> {
  const t = ds.truth.synergy;
  if (!t || !model.summary.synergy) return {};
  const fitted = Object.values(model.summary.synergy).find((s) => (s.a === t.a && s.b === t.b) || (s.a === t.b && s.b === t.a));
  if (!fitted) return {};
  const truth = mediaEffect(ds.truth, ds.spend).synergy.reduce((a, b) => a + b, 0);
  return { synergy: { pair: `${fitted.a}×${fitted.b}`, truth, fitted: fitted.contribution_total } };
}
