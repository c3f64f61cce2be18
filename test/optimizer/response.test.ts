// The fused response (and the op-by-op tfjs reference engine) and their gradients against the plain-TS forward model (float64).
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/core/optimizer/context';
import type { OptimizeOptions } from '../../src/core/optimizer/types';
import { referenceContext } from './reference-response';
import { fixtureModel, type FixtureChannel } from '../fixtures/model';
import { mean, referenceMedia } from './reference-media';

const hist = (n: number, base: number) => Array.from({ length: n }, (_, i) => base * (0.6 + 0.4 * Math.sin(i)));

const channels: FixtureChannel[] = [
  { name: 'tv', adstock: 'geometric', lmax: 6, saturation: 'logistic', alpha: [0.5, 0.7, 0.3], lam: [2, 3, 1.5], beta: [0.3, 0.25, 0.4], history: hist(30, 5000) },
  { name: 'search', adstock: 'delayed', lmax: 4, saturation: 'hill', alpha: [0.4, 0.6, 0.5], theta: [1, 0.5, 2], kappa: [0.5, 0.3, 0.8], slope: [1.5, 0.8, 2], beta: [0.2, 0.3, 0.25], history: hist(30, 3000) },
  { name: 'radio', adstock: 'geometric', lmax: 3, saturation: 'michaelis-menten', alpha: [0.2, 0.1, 0.3], lam: [0.5, 1, 0.3], beta: [0.2, 0.1, 0.15], history: hist(30, 1000) },
];

/** The optimizer's context with the fused engine (src) or the op-by-op tfjs reference (test). */
const contextWith = (engine: 'fused' | 'tfjs', model: Parameters<typeof buildContext>[0], opts: OptimizeOptions) =>
  (engine === 'fused' ? buildContext(model, opts) : referenceContext(model, opts));

for (const engine of ['fused', 'tfjs'] as const) describe(`${engine} response`, () => {
  const model = fixtureModel({ channels, kpiScale: 2000 });
  const H = 8;
  const plan = { tv: 4200, search: 2500, radio: 900 };

  it('matches the plain forward model per draw (float32 tolerance)', async () => {
    const ctx = await contextWith(engine, model, { horizon: H });
    const k = ctx.response.evaluate([plan.tv, plan.search, plan.radio]);
    const tfMedia = k[0].map((_, d) => k[0][d] + k[1][d] + k[2][d]);
    const ref = referenceMedia(model, plan, H);
    ref.forEach((r, d) => expect(tfMedia[d]).toBeCloseTo(r, 1)); // ~1e-6 relative on values ~1e3
    ctx.dispose();
  });

  it('autodiff gradient of the expected KPI matches central differences of the reference', async () => {
    const ctx = await contextWith(engine, model, { horizon: H });
    const s = [plan.tv, plan.search, plan.radio];
    const { g } = ctx.evaluate(s);
    const names = ['tv', 'search', 'radio'] as const;
    names.forEach((c, i) => {
      const h = 1e-3 * s[i];
      const up = mean(referenceMedia(model, { ...plan, [c]: s[i] + h }, H));
      const dn = mean(referenceMedia(model, { ...plan, [c]: s[i] - h }, H));
      const fd = (up - dn) / (2 * h);
      expect(Math.abs(g[i] - fd) / Math.abs(fd)).toBeLessThan(1e-3);
    });
    ctx.dispose();
  });

  it('per-draw gradients sum to the gradient of the mean', async () => {
    const ctx = await contextWith(engine, model, { horizon: H });
    const s = [plan.tv, plan.search, plan.radio];
    const { g } = ctx.evaluate(s);
    const pd = ctx.response.perDrawGradient(s);
    pd.forEach((gc, c) => expect(mean(Array.from(gc)) / g[c]).toBeCloseTo(1, 4));
    ctx.dispose();
  });
});

describe('fused and op-by-op tfjs engines agree', () => {
  it('on the objective and gradient for every objective kind', async () => {
    const model = fixtureModel({ channels, kpiScale: 2000, intercept: [0.5, 0.4, 0.6] });
    const s = [4200, 2500, 900];
    for (const objective of ['mean', 'profit', 'q10', 'cvar10', 'mean-sd'] as const) {
      const a = await buildContext(model, { horizon: 8, objective, valuePerKpi: 2 });
      const b = await referenceContext(model, { horizon: 8, objective, valuePerKpi: 2 });
      const ea = a.evaluate(s), eb = b.evaluate(s);
      expect(ea.f / eb.f).toBeCloseTo(1, 5);
      ea.g.forEach((v, c) => expect(v / eb.g[c]).toBeCloseTo(1, 4));
      a.dispose(); b.dispose();
    }
  });
});

describe('fused curvature', () => {
  it('the Hessian diagonal of the expected KPI matches differences of the gradient', async () => {
    const model = fixtureModel({ channels, kpiScale: 2000 });
    const ctx = await buildContext(model, { horizon: 8 });
    const s = [4200, 2500, 900];
    const { h } = ctx.evaluate(s);
    expect(h).toBeDefined();
    s.forEach((v, c) => {
      const step = 1e-2 * v;
      const up = [...s]; up[c] += step;
      const dn = [...s]; dn[c] -= step;
      // per-draw float64 gradients from the fused engine (the tfjs gradient is float32: too coarse to difference)
      const gu = ctx.response.perDrawGradient(up)[c], gd = ctx.response.perDrawGradient(dn)[c];
      const fd = (mean(Array.from(gu)) - mean(Array.from(gd))) / (2 * step);
      expect(Math.abs(h![c] - fd) / Math.abs(fd)).toBeLessThan(1e-3);
    });
    ctx.dispose();
  });
});

describe('Weibull channels in the fused response', () => {
  // Weibull PDF with a late peak and Weibull CDF: the optimizer reads adstock_lam and adstock_k (channelDraws) and
  // builds its window from the same kernel as the forward model.
  const weibull: FixtureChannel[] = [
    { name: 'tv', adstock: 'weibull-pdf', lmax: 6, saturation: 'logistic', alpha: [3, 2, 4], theta: [2.5, 1.5, 3], lam: [2, 3, 1.5], beta: [0.3, 0.25, 0.4], history: hist(30, 5000) },
    { name: 'radio', adstock: 'weibull-cdf', lmax: 5, saturation: 'michaelis-menten', alpha: [1.5, 0.8, 3], theta: [0.7, 2, 1.2], lam: [0.5, 1, 0.3], beta: [0.2, 0.1, 0.15], history: hist(30, 1000) },
  ];
  it('matches the plain forward model per draw, and its gradient central differences', async () => {
    const model = fixtureModel({ channels: weibull, kpiScale: 2000 });
    const plan = { tv: 4200, radio: 900 }, s = [plan.tv, plan.radio], H = 8;
    const ctx = await buildContext(model, { horizon: H });
    const k = ctx.response.evaluate(s);
    referenceMedia(model, plan, H).forEach((r, d) => expect(k[0][d] + k[1][d]).toBeCloseTo(r, 1));
    const { g } = ctx.evaluate(s);
    (['tv', 'radio'] as const).forEach((c, i) => {
      const h = 1e-3 * s[i];
      const fd = (mean(referenceMedia(model, { ...plan, [c]: s[i] + h }, H)) - mean(referenceMedia(model, { ...plan, [c]: s[i] - h }, H))) / (2 * h);
      expect(Math.abs(g[i] - fd) / Math.abs(fd)).toBeLessThan(1e-3);
    });
    ctx.dispose();
  });
});
