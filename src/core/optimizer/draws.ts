// Reads the posterior draws the optimizer needs from a model.json, flattened over chains and evenly thinned.
import type { ModelJson } from '../fit/model-json';
import type { ChannelSpec } from '../model/spec';
import { ADSTOCK_PARAMS } from '../model/components/adstock';

export interface ChannelDraws {
  spec: ChannelSpec;
  /** The adstock's first parameter: alpha, or the Weibull scale lam. */
  alpha: Float64Array;
  /** Its second: the delayed peak theta or the Weibull shape k (zeros for geometric). */
  theta: Float64Array;
  /** logistic / Michaelis-Menten lam; Hill kappa and slope (unused ones are empty). */
  lam: Float64Array;
  kappa: Float64Array;
  slope: Float64Array;
  beta: Float64Array;
}

function flat(model: ModelJson, name: string): number[] | undefined {
  const d = model.draws[name];
  if (!d) return undefined;
  return d.flat();
}

/** Total number of draws (over chains) in the model, from saturation_beta of the first channel. */
export function drawCount(model: ModelJson): number {
  const ch = model.spec.channels[0];
  if (!ch) throw new Error('model.json spec has no channels');
  const d = flat(model, `saturation_beta[${ch.name}]`);
  if (!d || d.length === 0) throw new Error(`model.json draws lack saturation_beta[${ch.name}]`);
  return d.length;
}

/** One parameter's thinned draws; throws naming it when absent or non-finite. */
export function paramDraws(model: ModelJson, name: string, idx: number[]): Float64Array {
  const d = flat(model, name);
  if (!d) throw new Error(`model.json draws lack ${name}`);
  const out = new Float64Array(idx.length);
  idx.forEach((k, i) => {
    const v = d[k];
    if (!Number.isFinite(v)) throw new Error(`model.json draws of ${name}: draw ${k} is not a finite number`);
    out[i] = v;
  });
  return out;
}

/** Like paramDraws, but zeros when the parameter is absent (optional baseline terms). */
export function optionalDraws(model: ModelJson, name: string, idx: number[]): Float64Array {
  return model.draws[name] ? paramDraws(model, name, idx) : new Float64Array(idx.length);
}

export function channelDraws(model: ModelJson, idx: number[]): ChannelDraws[] {
  const empty = new Float64Array(0);
  return model.spec.channels.map((spec) => {
    const p = (key: string) => paramDraws(model, `${key}[${spec.name}]`, idx);
    const [first, second] = ADSTOCK_PARAMS[spec.adstock];
    return {
      spec,
      alpha: p(first),
      theta: second ? p(second) : new Float64Array(idx.length),
      lam: spec.saturation === 'hill' ? empty : p('saturation_lam'),
      kappa: spec.saturation === 'hill' ? p('saturation_kappa') : empty,
      slope: spec.saturation === 'hill' ? p('saturation_slope') : empty,
      beta: p('saturation_beta'),
    };
  });
}
