// Adstock weights per draw: how a unit of spend spreads over the following periods (lags 0..lmax-1, summing to 1).
import type { ModelJson } from '../fit/model-json';
import { adstockWeights, channelParams } from '../model';
import { posteriorContext } from './context';
import { posteriorDraws, type DrawOptions } from './draws';

/** weights[channel][draw][lag]. */
export function adstockWeightDraws(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array[]> {
  const ctx = posteriorContext(model);
  const draws = posteriorDraws(model, opts);
  const values: Record<string, number> = {};
  const out: Record<string, Float64Array[]> = Object.fromEntries(ctx.channels.map((ch) => [ch.name, []]));
  for (let d = 0; d < draws.n; d++) {
    draws.record(d, values);
    ctx.channels.forEach((ch, c) => {
      const p = channelParams(ctx.spec, values, c);
      out[ch.name].push(Float64Array.from(adstockWeights(ch, p.alpha, p.theta)));
    });
  }
  return out;
}
