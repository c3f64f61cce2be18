// Each WASM component's backward (or analytic derivative) against central differences of its forward.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadWasm, put, f64, rng, type Wasm, relErr as relErrFloor } from './helpers';

/** Relative error with a 1e-3 floor: component values and derivatives here are O(1e-3) and up. */
const relErr = (a: number, b: number, floor = 1e-3): number => relErrFloor(a, b, floor);
import { adstock } from '../../src/core/model/components/adstock';
import type { ChannelSpec } from '../../src/core/model/spec';

let w: Wasm;
beforeAll(async () => { w = await loadWasm(); });


/** Central difference of f at x with step h scaled to x. */
function cd(f: (x: number) => number, x: number, h = 1e-6): number {
  const s = h * Math.max(1, Math.abs(x));
  return (f(x + s) - f(x - s)) / (2 * s);
}

describe('adstock', () => {
  const lmax = 7;
  const r = rng(3);
  // Long series, and series shorter than the kernel (the SIMD loops' ragged edges).
  for (const n of [25, 6, 2]) {
    const x = Array.from({ length: n }, () => (r() < 0.2 ? 0 : r()));
    const ga = Array.from({ length: n }, () => r() - 0.5);
    for (const [kind, name] of [[0, 'geometric'], [1, 'delayed'], [2, 'weibull-pdf'], [3, 'weibull-cdf']] as const) {
      // Weibull kinds: (alpha, theta) are (lam, k): a peak after lag 0, a fast drop with a long tail, and an S-shaped decay.
      const params = kind >= 2 ? [[3.2, 2.5], [0.9, 0.6], [5, 1.3]] : [[0.3, 1.7], [0.8, 0.2], [0.05, 4.5]];
      for (const [alpha, theta] of params) {
        it(`${name} n=${n} alpha=${alpha} theta=${theta}: forward matches TS, VJP matches differences`, () => {
          const xp = put(w, x), gp = put(w, ga), sc = w.allocF64(4 * lmax), out = w.allocF64(n), o2 = w.allocF64(2);
          const fwd = (a: number, th: number) => {
            w.mmmTestAdstock(kind, lmax, a, th, xp, n, sc, out);
            return Array.from(f64(w, out, n));
          };
          const ch: ChannelSpec = { name: 'c', adstock: name, lmax, saturation: 'logistic' };
          const ts = adstock(ch, x, alpha, theta);
          fwd(alpha, theta).forEach((v, t) => expect(Math.abs(v - ts[t])).toBeLessThan(1e-14));
          const loss = (a: number, th: number) => fwd(a, th).reduce((s, v, t) => s + v * ga[t], 0);
          w.mmmTestAdstockVjp(kind, lmax, alpha, theta, xp, n, gp, sc, o2);
          const [da, dt] = f64(w, o2, 2);
          // Weibull kernels: step 1e-5 (at 1e-6 the loss's roundoff, ~1e-16/h = 1e-10, is as large as the 1e-7 x 1e-3
          // floor when a partial is ~1e-4; at 1e-5 roundoff and the O(h^2) truncation are both ~1e-11).
          const h = kind >= 2 ? 1e-5 : 1e-6;
          expect(relErr(da, cd((a) => loss(a, theta), alpha, h))).toBeLessThan(1e-7);
          if (kind !== 0) expect(relErr(dt, cd((th) => loss(alpha, th), theta, h))).toBeLessThan(1e-7);
          else expect(dt).toBe(0);
        });
      }
    }
  }
  it('weights are zero before the first period and sum to one', () => {
    const xp = put(w, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), sc = w.allocF64(4 * lmax), out = w.allocF64(10);
    w.mmmTestAdstock(1, lmax, 0.5, 2, xp, 10, sc, out);
    const a = Array.from(f64(w, out, 10));
    expect(a.slice(0, lmax).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    expect(a.slice(lmax)).toEqual([0, 0, 0]);
    expect(Math.max(...a)).toBe(a[2]); // delayed peak at theta
  });
});

describe('saturation', () => {
  const cases: [number, string, number, number][] = [
    [0, 'logistic', 3.5, 1], [0, 'logistic', 0.4, 1], [1, 'hill', 0.6, 2.3], [1, 'hill', 1.4, 0.7], [2, 'michaelis-menten', 0.8, 1],
  ];
  for (const [kind, name, p1, p2] of cases) {
    it(`${name} p1=${p1} p2=${p2}: partials match differences`, () => {
      const o = w.allocF64(4);
      const f = (a: number, q1: number, q2: number) => { w.mmmTestSaturation(kind, q1, q2, a, o); return f64(w, o, 1)[0]; };
      for (const a of [0.05, 0.3, 0.9, 2.5]) {
        w.mmmTestSaturation(kind, p1, p2, a, o);
        const [, da, d1, d2] = f64(w, o, 4);
        expect(relErr(da, cd((v) => f(v, p1, p2), a))).toBeLessThan(1e-7);
        expect(relErr(d1, cd((v) => f(a, v, p2), p1))).toBeLessThan(1e-7);
        expect(relErr(d2, cd((v) => f(a, p1, v), p2))).toBeLessThan(1e-7);
      }
      // Zero spend gives zero effect and finite partials.
      w.mmmTestSaturation(kind, p1, p2, 0, o);
      expect(f64(w, o, 1)[0]).toBe(0);
      f64(w, o, 4).forEach((v) => expect(Number.isFinite(v)).toBe(true));
    });
  }
  it('saturates at 1 (beta is the maximum effect)', () => {
    const o = w.allocF64(4);
    for (const kind of [0, 1, 2]) {
      w.mmmTestSaturation(kind, 0.5, 1.5, 1e9, o);
      expect(f64(w, o, 1)[0]).toBeCloseTo(1, 6);
    }
  });
});

describe('priors', () => {
  const cases: [number, string, number[], number[]][] = [
    [0, 'Normal', [0.3, 1.2, 0, 0], [-1, 0.5, 2]],
    [1, 'HalfNormal', [1.5, 0, 0, 0], [0.1, 1, 3]],
    [2, 'LogNormal', [0.2, 0.9, 0, 0], [0.1, 1, 3]],
    [3, 'Gamma', [3, 1, 0, 0], [0.1, 1, 3]],
    [4, 'Beta', [1.5, 3, 0, 0], [0.05, 0.4, 0.9]],
    [5, 'Laplace', [0.1, 0.2, 0, 0], [-1, 0.05, 2]],
    [6, 'TruncatedNormal', [0.5, 1, 0, Infinity], [0.1, 1, 3]],
  ];
  for (const [code, name, p, xs] of cases) {
    it(`${name}: d/dx matches differences`, () => {
      const o = w.allocF64(2);
      const lp = (x: number) => { w.mmmTestPrior(code, p[0], p[1], p[2], p[3], x, o); return f64(w, o, 1)[0]; };
      for (const x of xs) {
        w.mmmTestPrior(code, p[0], p[1], p[2], p[3], x, o);
        const [v, d] = f64(w, o, 2);
        expect(Number.isFinite(v)).toBe(true);
        expect(relErr(d, cd(lp, x))).toBeLessThan(1e-7);
      }
    });
  }
  it('is -inf outside the support', () => {
    const o = w.allocF64(2);
    for (const [code, x] of [[1, -0.1], [2, -1], [3, 0], [4, 1.2], [6, -0.5]]) {
      w.mmmTestPrior(code, 1, 1, 0, 1, x, o);
      expect(f64(w, o, 1)[0]).toBe(-Infinity);
    }
  });
});

describe('transforms', () => {
  for (const [kind, lo, hi] of [[0, 0, 0], [1, 0, 0], [2, 0, 1], [2, 0, 7]]) {
    it(`kind ${kind} [${lo}, ${hi}]: dx/dq = exp(logJ), d logJ/dq matches differences`, () => {
      const o = w.allocF64(4);
      const get = (q: number, k: number) => { w.mmmTestTransform(kind, lo, hi, q, o); return f64(w, o, 4)[k]; };
      for (const q of [-3, -0.4, 0, 1.1, 5]) {
        const [, dx, lj, dlj] = (w.mmmTestTransform(kind, lo, hi, q, o), Array.from(f64(w, o, 4)));
        expect(relErr(dx, cd((v) => get(v, 0), q), 1e-12)).toBeLessThan(1e-7);
        expect(relErr(Math.log(dx), lj)).toBeLessThan(1e-12);
        expect(relErr(dlj, cd((v) => get(v, 2), q))).toBeLessThan(1e-7);
      }
      // Far tails stay finite.
      expect(Number.isFinite(get(-60, 2)) && Number.isFinite(get(60, 2))).toBe(true);
    });
  }
});

describe('special functions', () => {
  it('lgamma matches known values and digamma is its derivative', () => {
    // lgamma(0.5) = log(sqrt(pi)); lgamma(1) = lgamma(2) = 0; lgamma(10) = log(9!).
    expect(w.mmmTestLgamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(Math.abs(w.mmmTestLgamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(w.mmmTestLgamma(2))).toBeLessThan(1e-14);
    expect(w.mmmTestLgamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(w.mmmTestDigamma(1)).toBeCloseTo(-0.5772156649015329, 13);
    for (const x of [0.3, 1.7, 4, 12.5, 80]) {
      expect(relErr(w.mmmTestDigamma(x), cd((v) => w.mmmTestLgamma(v), x))).toBeLessThan(1e-7);
    }
  });
});

describe('likelihood', () => {
  const r = rng(5);
  const n = 12;
  const y = Array.from({ length: n }, () => r());
  const mu = Array.from({ length: n }, () => r());
  for (const kind of [0, 1]) {
    it(`${kind === 0 ? 'normal' : 'student-t'}: d/dmu, d/dsigma, d/dnu match differences`, () => {
      const yp = put(w, y), g = w.allocF64(n), o = w.allocF64(3);
      const lp = (m: number[], s: number, nu: number) => { w.mmmTestLikelihood(kind, yp, put(w, m), n, s, nu, g, o); return f64(w, o, 1)[0]; };
      const sigma = 0.3, nu = 4.2;
      w.mmmTestLikelihood(kind, yp, put(w, mu), n, sigma, nu, g, o);
      const [, ds, dn] = Array.from(f64(w, o, 3));
      const gm = Array.from(f64(w, g, n));
      expect(relErr(ds, cd((s) => lp(mu, s, nu), sigma))).toBeLessThan(1e-7);
      if (kind === 1) expect(relErr(dn, cd((v) => lp(mu, sigma, v), nu))).toBeLessThan(1e-7);
      for (const t of [0, 5, 11]) {
        expect(relErr(gm[t], cd((v) => lp(mu.map((m, i) => (i === t ? v : m)), sigma, nu), mu[t]))).toBeLessThan(1e-7);
      }
    });
  }
});

describe('lift test term', () => {
  for (const [kind, p1, p2] of [[0, 2.5, 1], [1, 0.5, 1.8], [2, 0.7, 1]]) {
    it(`saturation kind ${kind}: partials match differences`, () => {
      const o = w.allocF64(4);
      const lp = (b: number, q1: number, q2: number) => { w.mmmTestLift(kind, q1, q2, b, 0.4, 0.65, 0.05, 0.02, o); return f64(w, o, 1)[0]; };
      const beta = 0.35;
      w.mmmTestLift(kind, p1, p2, beta, 0.4, 0.65, 0.05, 0.02, o);
      const [, db, d1, d2] = Array.from(f64(w, o, 4));
      expect(relErr(db, cd((v) => lp(v, p1, p2), beta))).toBeLessThan(1e-7);
      expect(relErr(d1, cd((v) => lp(beta, v, p2), p1))).toBeLessThan(1e-7);
      expect(relErr(d2, cd((v) => lp(beta, p1, v), p2))).toBeLessThan(1e-7);
    });
  }
});
