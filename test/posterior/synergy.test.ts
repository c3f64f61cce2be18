// Synergy contributions from the posterior pass: baseline + channels + synergy = mu; a channel's switch-off
// contribution is its own plus its synergies, and its ROI is that total per unit spend.
import { describe, expect, it } from 'vitest';
import { baselineDraws, channelContributions, muDraws, roiDraws, switchOffContributions, synergyContributions, synergyTotals } from '../../src/core/posterior';
import { posteriorContext } from '../../src/core/posterior/context';
import { fixtureModel } from '../fixtures/model';

const model = fixtureModel({ channels: ['tv', 'search', 'radio'], synergy: [{ a: 'tv', b: 'search' }, { a: 'radio', b: 'tv' }] });

describe('synergy contributions', () => {
  it('baseline + channel contributions + synergy terms = mu on every draw and period', () => {
    const mu = muDraws(model, { window: 'fit' }), base = baselineDraws(model), ch = channelContributions(model), syn = synergyContributions(model);
    expect(Object.keys(syn)).toEqual(['tv×search', 'radio×tv']);
    mu.forEach((m, d) => m.forEach((v, t) => {
      let sum = base[d][t];
      for (const c of Object.values(ch)) sum += c[d][t];
      for (const s of Object.values(syn)) sum += s[d][t];
      expect(sum).toBeCloseTo(v, 8);
    }));
    // the synergy is visible: eta ~ 0.1 against betas ~ 0.15
    expect(synergyTotals(model)['tv×search'][0]).toBeGreaterThan(0.05 * Object.values(ch)[0][0].reduce((a, b) => a + b, 0));
  });

  it('a channel switched off loses its own term and every synergy it is in; its ROI is that per unit spend', () => {
    const off = switchOffContributions(model), own = channelContributions(model), syn = synergyContributions(model), roi = roiDraws(model);
    const spend = posteriorContext(model).spendTotal;
    off.tv.forEach((row, d) => row.forEach((v, t) => expect(v).toBeCloseTo(own.tv[d][t] + syn['tv×search'][d][t] + syn['radio×tv'][d][t], 10)));
    off.search.forEach((row, d) => row.forEach((v, t) => expect(v).toBeCloseTo(own.search[d][t] + syn['tv×search'][d][t], 10)));
    for (const name of ['tv', 'search', 'radio']) {
      off[name].forEach((row, d) => expect(roi[name][d]).toBeCloseTo(row.reduce((a, b) => a + b, 0) / spend[name], 10));
    }
    // without pairs it is the channel's own contribution
    const plain = fixtureModel();
    expect(switchOffContributions(plain).tv).toEqual(channelContributions(plain).tv);
  });
});
