// fitModel end to end on a small dataset with short chains (inline host): the model.json it returns matches the contract.
import { beforeAll, describe, expect, it } from 'vitest';
import { fitModel } from '../../src/core/fit/fit-model';
import type { ModelJson } from '../../src/core/fit/model-json';
import { createInlineHost } from '../../src/core/engine/inline-host';
import { packModel } from '../../src/core/model/pack';
import { defaultSpec } from '../../src/core/model/defaults';
import { roiDraws } from '../../src/core/posterior/roi';
import { interval } from '../../src/core/stats';
import { STAT_NAMES } from '../../src/core/engine/types';
import { fixtureData } from '../fixtures/model';

const data = fixtureData(60, 5);
const spec = defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv', 'search'], controls: ['price'] }, 'weekly');
const config = { chains: 2, warmup: 150, draws: 100, seed: 11, targetAccept: 0.8, maxDepth: 10 };

describe('fitModel', () => {
  let model: ModelJson;
  beforeAll(async () => {
    model = await fitModel(data, spec, config, { host: createInlineHost() });
  });

  it('stores every draw of every reported parameter per chain, and the per-draw sampler stats', () => {
    const { layout } = packModel(spec, data);
    expect(Object.keys(model.draws)).toEqual(layout.names);
    for (const name of layout.names) {
      expect(model.draws[name].length).toBe(2);
      for (const chain of model.draws[name]) {
        expect(chain.length).toBe(100);
        for (const v of chain) expect(Number.isFinite(v)).toBe(true);
      }
    }
    for (const s of STAT_NAMES) {
      expect(model.sampler[s].length).toBe(2);
      expect(model.sampler[s][0].length).toBe(100);
    }
    for (const v of model.draws['adstock_alpha[tv]'].flat()) expect(v > 0 && v < 1).toBe(true);
    expect(model.cancelled).toBeUndefined();
  });

  it('carries the spec, config, data and scaling', () => {
    expect(model.format).toBe('marginal-model');
    expect(model.version).toBe(1);
    expect(model.spec).toEqual(spec);
    expect(model.fit).toEqual(config);
    expect(model.data.kpi).toEqual(data.kpi);
    expect(model.scaling.kpi).toBe(Math.max(...data.kpi.map(Math.abs)));
    expect(model.scaling.channels.tv).toBe(Math.max(...data.channels.tv));
  });

  it('reports diagnostics over all parameters', () => {
    const d = model.diagnostics;
    const ps = Object.values(model.summary.parameters);
    expect(d.max_rhat).toBe(Math.max(...ps.map((p) => p.rhat)));
    expect(d.min_ess_bulk).toBe(Math.min(...ps.map((p) => p.ess_bulk)));
    expect(d.min_ess_tail).toBe(Math.min(...ps.map((p) => p.ess_tail)));
    expect(d.divergences).toBe(model.sampler.divergent.flat().filter((x) => x > 0).length);
    expect(d.ebfmi.length).toBe(2);
    expect(d.gradients).toBeGreaterThan(250 * 2);
    expect(d.seconds).toBeGreaterThan(0);
  });

  it('summarises parameters in the scaled space and channels in original units', () => {
    const p = model.summary.parameters['saturation_beta[tv]'];
    const all = model.draws['saturation_beta[tv]'].flat();
    expect(p.mean).toBeCloseTo(all.reduce((a, b) => a + b) / all.length, 12);
    expect(p.q03).toBeLessThan(p.q97);
    const c = model.summary.channels.tv;
    const roi = interval(roiDraws(model).tv);
    expect(c.roi.mean).toBeCloseTo(roi.mean, 9);
    expect(c.spend_total).toBeCloseTo(data.channels.tv.reduce((a, b) => a + b), 6);
    expect(c.contribution_total.mean).toBeCloseTo(c.roi.mean * c.spend_total, 6);
    expect(c.mroi.mean).toBeLessThan(c.roi.mean);
    expect(c.contribution_share!.mean + model.summary.channels.search.contribution_share!.mean).toBeCloseTo(1, 9);
    expect(model.summary.fit!.r2.mean).toBeGreaterThan(0);
    expect(model.summary.fit!.r2.mean).toBeLessThanOrEqual(1);
  });

  it('survives a JSON round trip', () => {
    const back = JSON.parse(JSON.stringify(model));
    expect(back.draws).toEqual(model.draws);
    expect(back.summary).toEqual(model.summary);
  });
});

describe('fitModel cancelled', () => {
  it('returns what was drawn with cancelled: true', async () => {
    const abort = new AbortController();
    const m = await fitModel(data, spec, { ...config, warmup: 50, draws: 400 }, {
      host: createInlineHost(),
      signal: abort.signal,
      onProgress: (p) => { if (p.iteration >= 50 + 30) abort.abort(); },
    });
    expect(m.cancelled).toBe(true);
    const n = m.draws.intercept.map((c) => c.length);
    expect(Math.max(...n)).toBeLessThan(400);
    expect(Math.max(...n)).toBeGreaterThan(0);
    expect(m.sampler.lp.map((c) => c.length)).toEqual(n);
    expect(Number.isFinite(m.summary.parameters.intercept.mean)).toBe(true);
  });

  it('cancelled before any draw: empty draws, no crash', async () => {
    const abort = new AbortController();
    abort.abort();
    const m = await fitModel(data, spec, config, { host: createInlineHost(), signal: abort.signal });
    expect(m.cancelled).toBe(true);
    expect(m.draws.intercept.flat().length).toBe(0);
    expect(Number.isNaN(m.summary.channels.tv.roi.mean)).toBe(true);
  });
});
