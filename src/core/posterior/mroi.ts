// Marginal ROI per draw: extra KPI from spending `increase` (default +1%) more in every period, per unit of extra spend.
import type { ModelJson } from '../fit/model-json';
import { posteriorContext } from './context';
import { counterfactualDelta } from './counterfactual';
import { drawRecords, type DrawOptions } from './draws';

export interface MroiOptions extends DrawOptions {
  /** Relative spend increase across the window (0.01 = +1%). */
  increase?: number;
}

/** mroi[channel][draw]. */
export function mroiDraws(model: ModelJson, opts: MroiOptions = {}): Record<string, Float64Array> {
  const inc = opts.increase ?? 0.01;
  if (!(inc > 0)) throw new Error(`mROI increase must be positive, got ${inc}`);
  const ctx = posteriorContext(model);
  const draws = drawRecords(model, opts);
  const out: Record<string, Float64Array> = {};
  ctx.channels.forEach((ch, c) => {
    const x = ctx.xScaled[ch.name];
    const more = x.map((v) => v * (1 + inc));
    const extraSpend = ctx.spendTotal[ch.name] * inc;
    out[ch.name] = Float64Array.from(draws, (v) => counterfactualDelta(ctx.spec, v, c, x, more, ctx.kpiScale) / extraSpend);
  });
  return out;
}
