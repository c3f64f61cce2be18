// Adstock weights per draw: how a unit of spend spreads over the following periods (lags 0..lmax-1, summing to 1).
import type { ModelJson } from '../fit/model-json';
import { adstockWeights } from '../model/forward';
import { posteriorContext } from './context';
import { drawRecords, type DrawOptions } from './draws';

/** weights[channel][draw][lag]. */
export function adstockWeightDraws(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array[]> {
  const ctx = posteriorContext(model);
  const draws = drawRecords(model, opts);
  const out: Record<string, Float64Array[]> = {};
  for (const ch of ctx.channels) {
    const alpha = `adstock_alpha[${ch.name}]`;
    const theta = `adstock_theta[${ch.name}]`;
    out[ch.name] = draws.map((v) => Float64Array.from(adstockWeights(ch, v[alpha], ch.adstock === 'delayed' ? v[theta] : undefined)));
  }
  return out;
}
