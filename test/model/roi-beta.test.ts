// The ROI parameterisation's derived beta (core/model/roi-beta.ts): the unit saturation sum is the channel's
// unit contribution summed over the data, and the derived beta makes contribution / roiFactor the ROI.
import { describe, expect, it } from 'vitest';
import { syntheticData } from './helpers';
import { defaultSpec } from '../../src/core/model/defaults';
import { parsePriors } from '../../src/core/model/priors';
import { packModel } from '../../src/core/model/pack';
import { channelUnitContribution, type ChannelParams } from '../../src/core/model/components/channel';
import { roiBeta, unitSaturationSum } from '../../src/core/model/roi-beta';

const data = syntheticData(20, ['a', 'b'], ['c'], 2);
const mapping = { date: 'date', kpi: 'sales', channels: ['a', 'b'], controls: ['c'] };

describe('unitSaturationSum and roiBeta', () => {
  for (const saturation of ['logistic', 'hill'] as const) {
    it(`${saturation}: the sum of the unit contribution, and beta = roi x roiFactor / that sum`, () => {
      const base = defaultSpec(mapping, 'weekly');
      const spec = { ...base, channels: base.channels.map((c) => ({ ...c, saturation, adstock: 'delayed' as const })) };
      spec.priors = parsePriors({ roi: { dist: 'LogNormal', mu: 0.2, sigma: 0.9 } }, spec);
      const { layout } = packModel(spec, data);
      expect(layout.useRoi).toBe(true);
      const v = new Float64Array(layout.names.length);
      layout.channels.forEach((ch, c) => {
        v[ch.alpha] = 0.4 + 0.1 * c;
        if (ch.theta >= 0) v[ch.theta] = 1.5;
        v[ch.p1] = 2 + c;
        if (ch.p2 >= 0) v[ch.p2] = 1.3;
        v[ch.beta] = 0.8 + c;
      });
      layout.channels.forEach((ch, c) => {
        const p: ChannelParams = {
          alpha: v[ch.alpha], theta: ch.theta >= 0 ? v[ch.theta] : 0, lam: v[ch.p1], kappa: v[ch.p1], slope: ch.p2 >= 0 ? v[ch.p2] : 1, beta: 1,
        };
        const sum = channelUnitContribution(ch.spec, layout.x[c], p).reduce((a, b) => a + b, 0);
        expect(unitSaturationSum(layout, c, v)).toBeCloseTo(sum, 12);
        expect(roiBeta(layout, c, v) * sum / ch.roiFactor).toBeCloseTo(v[ch.beta], 12);
      });
    });
  }
});
