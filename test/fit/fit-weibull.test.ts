// A short fit with Weibull adstock end to end (inline host): draws of adstock_lam and adstock_k in their support,
// summaries and the adstock weights finite, and the model.json it writes passes the one validator.
// (Recovery on the demo with longer chains: `npm run bench -- weibull-demo`.)
import { beforeAll, describe, expect, it } from 'vitest';
import { fitModel } from '../../src/core/fit/fit-model';
import type { ModelJson } from '../../src/core/fit/model-json';
import { validateModelJson } from '../../src/core/fit/validate-model-json';
import { createInlineHost } from '../../src/core/engine/inline-host';
import { defaultSpec } from '../../src/core/model/defaults';
import { adstockWeightDraws } from '../../src/core/posterior';
import { fixtureData } from '../fixtures/model';

const data = fixtureData(60, 5);
const spec = defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv', 'search'], controls: ['price'] }, 'weekly');
spec.channels[0].adstock = 'weibull-pdf';
spec.channels[1].adstock = 'weibull-cdf';
const config = { chains: 1, warmup: 100, draws: 60, seed: 7, targetAccept: 0.8, maxDepth: 8 };

describe('fitModel with Weibull adstock', () => {
  let model: ModelJson;
  beforeAll(async () => {
    model = await fitModel(data, spec, config, { host: createInlineHost() });
  });

  it('samples adstock_lam and adstock_k (positive, finite) and no adstock_alpha', () => {
    for (const ch of ['tv', 'search']) {
      for (const key of ['adstock_lam', 'adstock_k']) {
        const d = model.draws[`${key}[${ch}]`].flat();
        expect(d.length).toBe(60);
        for (const v of d) expect(v > 0 && Number.isFinite(v)).toBe(true);
      }
      expect(model.draws[`adstock_alpha[${ch}]`]).toBeUndefined();
    }
  });

  it('summaries and per-draw adstock weights are finite; weights sum to one', () => {
    for (const ch of ['tv', 'search']) expect(Number.isFinite(model.summary.channels[ch].roi.mean)).toBe(true);
    const w = adstockWeightDraws(model);
    for (const ch of ['tv', 'search']) {
      for (const row of w[ch]) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    }
  });

  it('the model.json passes validation after a JSON round trip', () => {
    const back = validateModelJson(JSON.parse(JSON.stringify(model)));
    expect(back.spec.channels.map((c) => c.adstock)).toEqual(['weibull-pdf', 'weibull-cdf']);
  });
});
