// The synergy pairs' own contributions (eta x sat_a x sat_b), per draw, original KPI units, from the posterior pass;
// and each channel's contribution as the KPI lost when it is switched off (its own term plus its synergies).
import type { ModelJson } from '../fit/model-json';
import type { DrawOptions } from './draws';
import { matrixRows, posteriorPass } from './pass';

/** synergy[pair a×b][draw][t] over the fitted window. */
export function synergyContributions(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array[]> {
  const pass = posteriorPass(model, { ...opts, series: true });
  return Object.fromEntries(pass.pairs.map((p) => [p.name, matrixRows(pass.synergy[p.name], pass.n, pass.nFit)]));
}

/** The synergy's total over the fitted window, per draw, by pair name (a×b). */
export function synergyTotals(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array> {
  const pass = posteriorPass(model, opts);
  return Object.fromEntries(pass.pairs.map((p) => [p.name, pass.synergyTotal[p.name].slice()]));
}

/**
 * contributions[channel][draw][t]: the KPI lost per period with the channel switched off, i.e. its own term plus every
 * synergy it is part of (switching it off zeroes its saturation, so the pair's term vanishes). The same definition as
 * the ROI; without synergy pairs it equals channelContributions.
 */
export function switchOffContributions(model: ModelJson, opts: DrawOptions = {}): Record<string, Float64Array[]> {
  const pass = posteriorPass(model, { ...opts, series: true });
  return Object.fromEntries(pass.channels.map((name, c) => {
    const m = pass.contributions[name].slice();
    for (const p of pass.pairs) {
      if (p.ia !== c && p.ib !== c) continue;
      const s = pass.synergy[p.name];
      for (let i = 0; i < m.length; i++) m[i] += s[i];
    }
    return [name, matrixRows(m, pass.n, pass.nFit)];
  }));
}
