// The saturation component: each curve's value, its first and second derivative in a against
// central differences, overflow safety, and the optimizer's batched jet against per-period sums.
import { describe, it, expect } from 'vitest';
import {
  hill, hillD1, hillD2, logistic, logisticD1, logisticD2, michaelisMenten, michaelisMentenD1, michaelisMentenD2,
  saturationSumJet, saturationUnit, HILL_FLOOR,
} from '../../src/core/model/components/saturation';
import type { ChannelSpec, SaturationKind } from '../../src/core/model/spec';
import { rng } from './helpers';

const relErr = (a: number, b: number, floor = 1e-3) => Math.abs(a - b) / Math.max(floor, Math.abs(a), Math.abs(b));
const cd = (f: (x: number) => number, x: number, h = 1e-5) => {
  const s = h * Math.max(1e-3, Math.abs(x));
  return (f(x + s) - f(x - s)) / (2 * s);
};

type Fn = (a: number, p: number[]) => number;
/** [kind, value f(a), f'(a), f''(a), parameter sets] */
const curves: [SaturationKind, Fn, Fn, Fn, number[][]][] = [
  ['logistic', (a, p) => logistic(a, p[0]), (a, p) => logisticD1(logistic(a, p[0]), p[0]), (a, p) => logisticD2(logistic(a, p[0]), p[0]), [[0.4], [3.5], [12]]],
  ['hill', (a, p) => hill(a, p[0], p[1]), (a, p) => hillD1(a, hill(a, p[0], p[1]), p[1]), (a, p) => hillD2(a, hill(a, p[0], p[1]), p[1]), [[0.6, 2.3], [1.4, 0.7], [0.3, 1]]],
  ['michaelis-menten', (a, p) => michaelisMenten(a, p[0]), (a, p) => michaelisMentenD1(a, p[0]), (a, p) => michaelisMentenD2(a, p[0]), [[0.8], [0.05], [5]]],
];

describe('saturation curves and their derivatives', () => {
  for (const [kind, f, d1, d2, params] of curves) {
    for (const p of params) {
      it(`${kind} ${p.join(', ')}: first and second derivatives match central differences`, () => {
        for (const a of [0.01, 0.05, 0.3, 0.9, 2.5, 7]) {
          expect(relErr(d1(a, p), cd((x) => f(x, p), a))).toBeLessThan(1e-6);
          expect(relErr(d2(a, p), cd((x) => d1(x, p), a))).toBeLessThan(1e-6);
        }
      });
    }
  }

  it('every curve is 0 at zero spend and tends to 1', () => {
    for (const [, f, , , params] of curves) {
      for (const p of params) {
        expect(f(0, p)).toBe(0);
        expect(f(1e15, p)).toBeCloseTo(1, 6);
      }
    }
  });

  it('does not overflow at extreme arguments', () => {
    for (const a of [1e-300, 1e-30, 1e30, 1e300]) {
      for (const v of [hill(a, 0.5, 40), hillD1(a, hill(a, 0.5, 40), 40), hillD2(a, hill(a, 0.5, 40), 40),
        logistic(a, 50), logisticD1(logistic(a, 50), 50), logisticD2(logistic(a, 50), 50),
        michaelisMenten(a, 0.5), michaelisMentenD1(a, 0.5), michaelisMentenD2(a, 0.5)]) expect(Number.isNaN(v)).toBe(false);
    }
    expect(hill(1e-300, 0.5, 40)).toBe(0);
    expect(hill(1e300, 0.5, 40)).toBe(1);
  });

  it('saturationUnit dispatches on the channel kind', () => {
    const p = { alpha: 0.5, theta: 0, lam: 2, kappa: 0.7, slope: 1.6, beta: 1 };
    const ch = (saturation: SaturationKind): ChannelSpec => ({ name: 'a', adstock: 'geometric', lmax: 4, saturation });
    expect(saturationUnit(ch('logistic'), p, 0.3)).toBe(logistic(0.3, 2));
    expect(saturationUnit(ch('hill'), p, 0.3)).toBe(hill(0.3, 0.7, 1.6));
    expect(saturationUnit(ch('michaelis-menten'), p, 0.3)).toBe(michaelisMenten(0.3, 2));
  });
});

describe('saturationSumJet (the batched form)', () => {
  const r = rng(9);
  const T = 7, o = 3;
  const a0 = Float64Array.from({ length: o + T }, () => (r() < 0.3 ? 0 : r()));
  const a1 = Float64Array.from({ length: o + T }, () => r() * 1e-3);
  const wt = Float64Array.from({ length: T }, () => 1 + Math.floor(3 * r()));
  for (const [kind, f, , , params] of curves) {
    for (const p of params) {
      it(`${kind} ${p.join(', ')}: sums the per-period values; derivatives in s match differences`, () => {
        const sum = (s: number) => { let v = 0; for (let t = 0; t < T; t++) v += wt[t] * f(a0[o + t] + s * a1[o + t], p); return v; };
        const out = new Float64Array(3);
        const jetAt = (s: number) => { saturationSumJet(kind, p[0], p[1] ?? 0, a0, a1, wt, o, T, s, out); return Array.from(out); };
        for (const s of [10, 400, 3000]) {
          const [v, d1, d2] = jetAt(s);
          expect(relErr(v, sum(s))).toBeLessThan(1e-14);
          expect(relErr(d1, cd(sum, s))).toBeLessThan(1e-6);
          expect(relErr(d2, cd((x) => jetAt(x)[1], s))).toBeLessThan(1e-6);
        }
      });
    }
  }

  it('Hill at zero spend: value 0, derivatives those at HILL_FLOOR * kappa (finite for slope < 1)', () => {
    const out = new Float64Array(3);
    const kappa = 0.5, slope = 0.7, floor = HILL_FLOOR * kappa;
    saturationSumJet('hill', kappa, slope, new Float64Array(1), Float64Array.of(1), Float64Array.of(1), 0, 1, 0, out);
    expect(out[0]).toBe(0);
    const u = hill(floor, kappa, slope);
    expect(out[1]).toBe(hillD1(floor, u, slope));
    expect(out[2]).toBe(hillD2(floor, u, slope));
    expect(Number.isFinite(out[1]) && out[1] > 1e3).toBe(true);
  });
});
