// The optimizer's objective with synergy pairs: the response equals the true plan response (recovery's trueResponse,
// an independent construction on whole spend series) with the same parameters and synergy; its per-channel derivative
// and the objective's gradient equal finite differences; a plan that moves both channels sees the interaction.
import { describe, expect, it } from 'vitest';
import { trueResponse } from '../../src/core/data/recovery';
import type { RecoveryTruth } from '../../src/core/data/recovery';
import { buildContext } from '../../src/core/optimizer/context';
import { optimizeBudget } from '../../src/core/optimizer';
import { fixtureModel, type FixtureChannel } from '../fixtures/model';
import type { ModelJson } from '../../src/core/fit/model-json';

const hist = (n: number, f: (t: number) => number) => Array.from({ length: n }, (_, t) => f(t));
const channels = (): FixtureChannel[] => [
  { name: 'tv', lmax: 3, alpha: [0.4, 0.6], lam: [1.5, 2.5], beta: [0.3, 0.2], history: hist(20, (t) => 100 + 10 * (t % 4)) },
  { name: 'search', lmax: 3, saturation: 'hill', alpha: [0.2, 0.3], kappa: [0.6, 0.4], slope: [1.5, 2], beta: [0.2, 0.25], history: hist(20, (t) => 50 + 5 * (t % 3)) },
  { name: 'radio', lmax: 2, alpha: [0.3, 0.3], lam: [1, 1], beta: [0.1, 0.1], history: hist(20, () => 30) },
];
const ETA = [0.25, -0.15];

function model(eta = ETA): ModelJson {
  return fixtureModel({ channels: channels(), kpiScale: 1000, synergy: [{ a: 'tv', b: 'search', eta }] });
}

/** The truth of draw d: the same curves and synergy, in KPI units. */
function truthOf(m: ModelJson, d: number, eta = ETA): Pick<RecoveryTruth, 'channels' | 'synergy'> {
  const k = m.scaling.kpi;
  return {
    channels: m.spec.channels.map((spec) => {
      const v = (key: string) => m.draws[`${key}[${spec.name}]`]?.[0][d] ?? NaN;
      return {
        spec,
        params: { alpha: v('adstock_alpha'), theta: 0, lam: v('saturation_lam'), kappa: v('saturation_kappa'), slope: v('saturation_slope'), beta: v('saturation_beta') * k },
        ref: m.scaling.channels[spec.name],
      };
    }),
    synergy: { a: 'tv', b: 'search', eta: eta[d] * k },
  };
}

describe('optimizer response with synergy', () => {
  it('equals the true plan response (own terms + eta x sat_tv x sat_search) per draw, and splits the pair between its channels', async () => {
    const m = model();
    const ctx = await buildContext(m, { horizon: 4, maxDraws: 2 });
    const s = [120, 40, 25];
    const k = ctx.response.evaluate(s);
    const plan = { tv: s[0], search: s[1], radio: s[2] };
    for (let d = 0; d < 2; d++) {
      // tail: the longest kernel's carryover (lmax 3); radio (lmax 2) has nothing left by then
      const want = trueResponse(truthOf(m, d), { history: m.data.channels, horizon: 4, tail: 2 })(plan);
      expect(k[0][d] + k[1][d] + k[2][d]).toBeCloseTo(want, 8);
      const noSyn = trueResponse({ ...truthOf(m, d), synergy: undefined }, { history: m.data.channels, horizon: 4, tail: 2 })(plan);
      expect(Math.abs(want - noSyn)).toBeGreaterThan(1); // the synergy matters (KPI units)
    }
    ctx.dispose();
  });

  it('dK/ds per channel and the objective gradient equal central differences (the pair counted in both channels)', async () => {
    const ctx = await buildContext(model(), { horizon: 4, maxDraws: 2 });
    const s = [120, 40, 25];
    const dk = ctx.response.perDrawGradient(s);
    const both = ctx.response.evaluateWithGradient(s);
    const total = (x: number[]) => ctx.response.evaluate(x).map((kc) => kc.slice());
    const f = ctx.evaluate(s);
    for (let c = 0; c < 3; c++) {
      const h = 1e-3 * s[c];
      const up = [...s]; up[c] += h;
      const dn = [...s]; dn[c] -= h;
      const ku = total(up), kd = total(dn);
      for (let d = 0; d < 2; d++) {
        const fd = (ku.reduce((a, kc) => a + kc[d], 0) - kd.reduce((a, kc) => a + kc[d], 0)) / (2 * h);
        // central differences at h = 1e-3 s carry O(h^2) truncation error: relative 1e-6
        expect(Math.abs(dk[c][d] - fd)).toBeLessThan(1e-6 * Math.abs(fd));
        expect(both.dk[c][d]).toBe(dk[c][d]);
      }
      // the objective (mean KPI) through tfjs's float32 tensors: relative 1e-4
      const fdObj = (ctx.evaluate(up).f - ctx.evaluate(dn).f) / (2 * h);
      expect(Math.abs(f.g[c] - fdObj)).toBeLessThan(1e-3 * Math.max(1, Math.abs(fdObj)));
    }
    ctx.dispose();
  });

  it('a strong positive synergy pulls budget into the pair; a cannibalising one pushes it out', async () => {
    // The trust region is off (extrapolate: Infinity): the fixture's flat spend history would cap every channel at today's spend.
    const opts = { maxChange: 0.5, maxDraws: 2, horizon: 4, seed: 1, extrapolate: Infinity };
    const plain = await optimizeBudget(fixtureModel({ channels: channels(), kpiScale: 1000 }), opts);
    const plus = await optimizeBudget(model([1.5, 1.5]), opts);
    const minus = await optimizeBudget(model([-0.4, -0.4]), opts);
    const pair = (p: typeof plain) => p.allocation.tv + p.allocation.search;
    expect(pair(plus)).toBeGreaterThan(pair(plain) + 1);
    expect(pair(minus)).toBeLessThan(pair(plain) - 1);
    expect(plus.kkt.ok).toBe(true);
    expect(minus.kkt.ok).toBe(true);
  });
});
