// Everything the optimizer derives once from a model and options: thinned draws, the response
// tensors, baseline, current plan, bounds and the objective. Shared by optimizeBudget, the frontier
// and the flexible budget search.
import type { ModelJson } from '../fit/model-json';
import { validateModelJson } from '../fit/validate-model-json';
import { projectedBaseline } from './baseline';
import { channelBounds } from './bounds';
import { DEFAULT_MAX_DRAWS, defaultHorizon } from './defaults';
import { mean, thinIndices } from '../stats';
import { channelDraws, drawCount } from './draws';
import { makeEvaluator, objectiveSpec, type Evaluation, type ObjectiveSpec } from './objective';
import { FusedResponse, type ResponseEngine } from './response-fused';
import { synergyResponse } from './synergy-response';
import { ensureTf } from './tf-setup';
import type { ChannelBound, OptimizeOptions } from './types';
import { channelWindow, normalisePattern } from './window';
import { checkExtrapolate, trustCaps, type TrustCap } from './trust-region';
import { ownValue } from '../data/records';

export interface Context {
  model: ModelJson;
  opts: OptimizeOptions;
  channels: string[];
  horizon: number;
  draws: number;
  includeCarryover: boolean;
  valuePerKpi: number;
  patterns: number[][];
  /** The trust region's multiplier and each channel's cap. */
  extrapolate: number;
  trust: TrustCap[];
  /** "week" or "day", for the plan's words. */
  periodWord: string;
  /** Current spend per period per channel. */
  current: Float64Array;
  bounds: ChannelBound[];
  baseline: Float64Array;
  response: ResponseEngine;
  objective: ObjectiveSpec;
  evaluate: (s: ArrayLike<number>) => Evaluation;
  dispose(): void;
}

/** Mean spend per period over the last H periods of the data (all of it when shorter). */
export function currentSpend(model: ModelJson, channels: string[], horizon: number): Float64Array {
  return Float64Array.from(channels, (c) => {
    const col = ownValue(model.data.channels, c);
    if (!col || col.length === 0) throw new Error(`model.json data lacks spend for channel "${c}"`);
    return mean(col.slice(Math.max(0, col.length - horizon)));
  });
}

export async function buildContext(model: ModelJson, opts: OptimizeOptions): Promise<Context> {
  await ensureTf();
  validateModelJson(model, 'optimizer');
  const channels = model.spec.channels.map((c) => c.name);
  const horizon = opts.horizon ?? defaultHorizon(model.data.frequency);
  if (!Number.isInteger(horizon) || horizon < 1) throw new Error(`horizon must be a whole number of periods >= 1, got ${horizon}`);
  const maxDraws = opts.maxDraws ?? DEFAULT_MAX_DRAWS;
  if (!Number.isInteger(maxDraws) || maxDraws < 1) throw new Error(`maxDraws must be a whole number >= 1, got ${maxDraws}`);
  const idx = thinIndices(drawCount(model), maxDraws);
  const current = currentSpend(model, channels, horizon);
  if (opts.current) {
    for (const [k, v] of Object.entries(opts.current)) {
      const i = channels.indexOf(k);
      if (i < 0) throw new Error(`current: unknown channel "${k}" (channels: ${channels.join(', ')})`);
      if (!Number.isFinite(v) || v < 0) throw new Error(`current for "${k}" must be a finite number >= 0, got ${v}`);
      current[i] = v;
    }
  }
  if (opts.flighting) for (const k of Object.keys(opts.flighting)) if (!channels.includes(k)) throw new Error(`flighting: unknown channel "${k}"`);
  const patterns = channels.map((c) => normalisePattern(c, horizon, ownValue(opts.flighting, c)));
  const extrapolate = checkExtrapolate(opts.extrapolate);
  const trust = trustCaps(model, channels, patterns, extrapolate);
  const curRec = Object.fromEntries(channels.map((c, i) => [c, current[i]]));
  const bounds = channelBounds(channels, curRec, opts, trust);
  const includeCarryover = opts.includeCarryover ?? true;
  const chs = channelDraws(model, idx);
  const windows = chs.map((ch, c) => channelWindow(ch, model.data.channels[channels[c]], patterns[c],
    model.scaling.channels[channels[c]], includeCarryover));
  const baseline = projectedBaseline(model, idx, horizon);
  const response = new FusedResponse(chs, windows, model.scaling.kpi, synergyResponse(model, idx, chs, windows));
  const objective = objectiveSpec(opts, channels, baseline, horizon);
  const valuePerKpi = opts.valuePerKpi ?? 1;
  if (!(valuePerKpi > 0)) throw new Error(`value per KPI must be > 0, got ${valuePerKpi}`);
  return {
    model, opts, channels, horizon, draws: idx.length, includeCarryover, valuePerKpi, patterns, current, bounds,
    extrapolate, trust, periodWord: model.data.frequency === 'daily' ? 'day' : 'week',
    baseline, response, objective, evaluate: makeEvaluator(response, objective), dispose: () => response.dispose(),
  };
}
