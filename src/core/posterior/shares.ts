// Each channel's share of paid-media contribution (per draw) next to its share of spend.
import type { ModelJson } from '../fit/model-json';
import { posteriorContext } from './context';
import type { DrawOptions } from './draws';
import { posteriorPass } from './pass';
import { putOwn } from '../data/records';

export interface Shares {
  /** contribution[channel][draw]: the channel's fraction of the summed channel contributions. */
  contribution: Record<string, Float64Array>;
  /** spend[channel]: the channel's fraction of total spend over the window. */
  spend: Record<string, number>;
}

export function shares(model: ModelJson, opts: DrawOptions = {}): Shares {
  const ctx = posteriorContext(model);
  const { n, channels: names, contributionTotal: totals } = posteriorPass(model, opts);
  const contribution: Record<string, Float64Array> = {};
  for (const name of names) putOwn(contribution, name, new Float64Array(n));
  for (let d = 0; d < n; d++) {
    let sum = 0;
    for (const name of names) sum += totals[name][d];
    for (const name of names) contribution[name][d] = sum > 0 ? totals[name][d] / sum : 0;
  }
  const allSpend = names.reduce((s, name) => s + ctx.spendTotal[name], 0);
  const spend: Record<string, number> = {};
  for (const name of names) putOwn(spend, name, ctx.spendTotal[name] / allSpend);
  return { contribution, spend };
}
