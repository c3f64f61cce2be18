// Fits the MMM: packs the model, runs the chains on a host, and assembles the full model.json (draws, diagnostics, summaries).
import type { MmmData } from '../data/types';
import type { ChainProgress, Host } from '../engine/types';
import { runChains } from '../engine/run-chains';
import type { FitConfig, ModelSpec } from '../model/spec';
import { packModel } from '../model/pack';
import { createWasmConstrain } from '../engine/wasm-constrain';
import { posteriorFitMetrics, posteriorHoldoutMetrics } from '../posterior/fit-metrics';
import { checkHoldout, firstRows } from './holdout';
import { channelSummaries } from './channel-summary';
import { synergySummaries } from './synergy-summary';
import { collectDraws, collectSamplerStats } from './collect-draws';
import { runDiagnostics, summarizeParameters } from './fit-diagnostics';
import type { ModelJson } from './model-json';

export interface FitOptions {
  host: Host;
  onProgress?: (p: ChainProgress) => void;
  signal?: AbortSignal;
}

/** Packs the first nFit rows; a problem only those rows have (e.g. a channel with no spend before the holdout) names the holdout. */
function packTraining(spec: ModelSpec, data: MmmData, nFit: number): ReturnType<typeof packModel> {
  if (nFit === data.kpi.length) return packModel(spec, data);
  try {
    return packModel(spec, firstRows(data, nFit));
  } catch (e) {
    throw new Error(`holdout: in the ${nFit} periods left to fit, ${(e as Error).message}`);
  }
}

/** Runs `config.chains` chains and returns the model.json. A cancelled run returns what was drawn, with `cancelled: true`. */
export async function fitModel(data: MmmData, spec: ModelSpec, config: FitConfig, opts: FitOptions): Promise<ModelJson> {
  // A holdout's rows are left out of the likelihood and the scaling: the sampler only sees the first n - h rows.
  const n = data.kpi.length;
  const h = checkHoldout(spec.holdout, n, spec.holdout ? packModel(spec, data).layout.dim : 0);
  const { setup, layout, scaling } = packTraining(spec, data, n - h);
  const run = await runChains(setup, config, opts);
  // Constrained in WASM, so the same seed gives the same draws, bit for bit, in Node and every browser.
  const draws = collectDraws(layout.names, run.chains, await createWasmConstrain(setup, layout.names.length));
  const sampler = collectSamplerStats(run.chains);
  const parameters = summarizeParameters(draws);
  const gradients = run.chains.reduce((s, c) => s + c.gradients, 0);
  const model: ModelJson = {
    format: 'marginal-model',
    version: 1,
    created: new Date().toISOString(),
    // layout.spec: the spec with defaults a fit resolves from the data (the flexible baseline's knot spacing)
    spec: h > 0 ? { ...layout.spec, holdout: h } : layout.spec,
    fit: config,
    data,
    scaling,
    draws,
    sampler,
    diagnostics: {
      ...runDiagnostics(parameters, sampler, config.maxDepth, run.seconds, gradients),
      chain_seconds: run.chains.map((c) => c.seconds),
      chain_gradients: run.chains.map((c) => c.gradients),
      step_size: run.chains.map((c) => c.stepSize),
    },
    summary: { parameters, channels: {} },
  };
  if (h > 0) model.holdout = { periods: h, start: data.dates[n - h] };
  if (run.cancelled) model.cancelled = true;
  model.summary.channels = channelSummaries(model);
  if (spec.synergy?.length) model.summary.synergy = synergySummaries(model);
  // R^2/MAPE/NRMSE intervals are stable from 1000 evenly spaced draws; more only costs forward passes.
  const fit = posteriorFitMetrics(model, { maxDraws: 1000 });
  model.summary.fit = { r2: fit.r2, mape: fit.mape, nrmse: fit.nrmse };
  const out = posteriorHoldoutMetrics(model, { maxDraws: 1000 });
  if (out) model.summary.fit_holdout = { r2: out.r2, mape: out.mape, nrmse: out.nrmse };
  return model;
}
