// summary.synergy of model.json: per synergy pair, eta (scaled space), its contribution over the fitted window
// (original units) and that contribution relative to the pair's own contributions (the "x% better together" figure).
import type { ModelJson, SynergySummary } from './model-json';
import { posteriorPass } from '../posterior/pass';
import { synergyParamName } from '../model/components/synergy';
import { interval } from '../stats';
import { putOwn } from '../data/records';

export function synergySummaries(model: ModelJson): Record<string, SynergySummary> {
  const pass = posteriorPass(model);
  const out: Record<string, SynergySummary> = {};
  if (pass.pairs.length === 0) return out;
  const values: Record<string, number> = {};
  for (const p of pass.pairs) {
    const eta = new Float64Array(pass.n);
    // pass.draws are the draws the pass evaluated, in its order
    for (let d = 0; d < pass.n; d++) { pass.draws.record(d, values); eta[d] = values[synergyParamName(p)]; }
    const total = pass.synergyTotal[p.name];
    const own = pass.contributionTotal;
    const lift = total.map((v, d) => v / (own[p.a][d] + own[p.b][d]));
    putOwn(out, p.name, { a: p.a, b: p.b, eta: interval(eta), contribution_total: interval(total), lift: interval(lift) });
  }
  return out;
}
