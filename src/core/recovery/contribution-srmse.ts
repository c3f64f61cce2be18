// Contribution SRMSE (PyMC Labs' recovery benchmark): per channel, the RMSE of the posterior-mean contribution per
// period against the true one, divided by the mean true contribution per period; averaged over channels.
// The model's contribution is read as the truth defines it: the KPI lost per period with the channel switched off, so
// with synergy pairs in the spec a channel's series is its own term plus every synergy it is in (switchOffContributions;
// without pairs that is its own term, as before).
import type { ModelJson } from '../fit/model-json';
import { switchOffContributions } from '../posterior';

export function contributionSrmse(model: ModelJson, truth: Record<string, number[]>, maxDraws = 500): { perChannel: Record<string, number>; mean: number } {
  const series = switchOffContributions(model, { maxDraws });
  const perChannel: Record<string, number> = {};
  for (const [name, draws] of Object.entries(series)) {
    const t = truth[name];
    if (!t) throw new Error(`the truth has no contribution for channel "${name}"`);
    const T = t.length;
    let se = 0, tm = 0;
    for (let k = 0; k < T; k++) {
      let m = 0;
      for (const d of draws) m += d[k];
      m /= draws.length;
      se += (m - t[k]) ** 2;
      tm += t[k];
    }
    perChannel[name] = Math.sqrt(se / T) / Math.abs(tm / T);
  }
  const v = Object.values(perChannel);
  return { perChannel, mean: v.reduce((a, b) => a + b, 0) / v.length };
}
