// The geometric adstock's O(T) recursion (what the density uses) against the causal convolution
// (mmmTestAdstock / mmmTestAdstockVjp with kind 0 run the convolution with the normalised weights),
// and its VJP against central differences of its own forward.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadWasm, put, f64, rng, mmmDensity, syntheticData, type Wasm } from './helpers';
import { packModel } from '../../src/core/model/pack';
import { defaultSpec } from '../../src/core/model/defaults';
import { logDensityTs } from './density-ts';

let w: Wasm;
beforeAll(async () => { w = await loadWasm(); });

/** Unit-scale spend: 20% isolated zero periods plus zero runs longer than any lmax tested (flighting);
 *  `signed` centres it on 0 (the recursion is linear, so nothing depends on the sign). */
function series(n: number, seed: number, signed = false): number[] {
  const r = rng(seed);
  const x: number[] = [];
  while (x.length < n) {
    const run = 5 + Math.floor(40 * r());
    const on = r() < 0.7;
    for (let k = 0; k < run && x.length < n; k++) x.push(!on || r() < 0.2 ? 0 : signed ? r() - 0.5 : r());
  }
  return x;
}

function conv(lmax: number, alpha: number, xp: number, n: number): number[] {
  const sc = w.allocF64(4 * lmax), out = w.allocF64(n);
  w.mmmTestAdstock(0, lmax, alpha, 0, xp, n, sc, out);
  return Array.from(f64(w, out, n));
}

function convVjp(lmax: number, alpha: number, xp: number, n: number, gp: number): number {
  const sc = w.allocF64(4 * lmax), o2 = w.allocF64(2);
  w.mmmTestAdstockVjp(0, lmax, alpha, 0, xp, n, gp, sc, o2);
  return f64(w, o2, 1)[0];
}

function recursion(lmax: number, alpha: number, xp: number, n: number): number[] {
  const out = w.allocF64(n);
  w.testAdstockGeometric(lmax, alpha, xp, n, out);
  return Array.from(f64(w, out, n));
}

const ALPHAS = [1e-6, 0.05, 0.3, 0.7, 0.9, 0.99];
const LMAX = [1, 2, 7, 28];
const LENGTHS = [3, 27, 400, 1095]; // 3 and 27 are shorter than some kernels

describe('geometric adstock by recursion', () => {
  for (const n of LENGTHS) {
    for (const signed of [false, true]) {
      const x = series(n, 17 + n, signed);
      const ga = Array.from({ length: n }, (_, t) => Math.sin(0.37 * t + 1) * 0.8);
      for (const lmax of LMAX) {
        it(`n=${n} lmax=${lmax}${signed ? ' signed x' : ''}: forward and VJP equal the convolution's for alpha in ${ALPHAS.join(', ')}`, () => {
          const xp = put(w, x), gp = put(w, ga);
          for (const alpha of ALPHAS) {
            const c = conv(lmax, alpha, xp, n);
            const r = recursion(lmax, alpha, xp, n);
            for (let t = 0; t < n; t++) {
              // Unit-scale data: absolute error (|a_t| <= max |x| <= 1).
              if (Math.abs(r[t] - c[t]) > 1e-12) throw new Error(`alpha=${alpha} t=${t}: recursion ${r[t]} vs convolution ${c[t]}`);
              // Where the last lmax periods are all zero both are exactly zero (no rounding residue).
              if (c[t] === 0 && x.slice(Math.max(0, t - lmax + 1), t + 1).every((v) => v === 0)) expect(r[t]).toBe(0);
            }
            const vc = convVjp(lmax, alpha, xp, n, gp);
            const vr = w.testAdstockGeometricVjp(lmax, alpha, xp, n, gp);
            const scale = Math.max(1, Math.abs(vc));
            if (Math.abs(vr - vc) > 1e-12 * scale) throw new Error(`alpha=${alpha}: VJP ${vr} vs convolution's ${vc}`);
            if (lmax === 1) expect(vr).toBe(0);
          }
        });
      }
    }
  }

  it('lmax = 1 is the identity, exactly', () => {
    const x = series(50, 3);
    const xp = put(w, x);
    for (const alpha of ALPHAS) expect(recursion(1, alpha, xp, 50)).toEqual(x);
  });

  for (const [lmax, n] of [[28, 1095], [7, 60], [28, 20], [2, 40]]) {
    it(`lmax=${lmax} n=${n}: VJP matches central differences of the recursion's forward`, () => {
      const x = series(n, 5 + lmax);
      const ga = Array.from({ length: n }, (_, t) => Math.cos(0.21 * t) - 0.3);
      const xp = put(w, x), gp = put(w, ga);
      const loss = (a: number) => recursion(lmax, a, xp, n).reduce((s, v, t) => s + v * ga[t], 0);
      for (const alpha of [1e-6, 0.2, 0.6, 0.95, 0.99]) {
        const h = 1e-6; // the kernel is a polynomial in alpha, so alpha - h < 0 is fine at alpha = 1e-6
        const fd = (loss(alpha + h) - loss(alpha - h)) / (2 * h);
        const g = w.testAdstockGeometricVjp(lmax, alpha, xp, n, gp);
        expect(Math.abs(g - fd) / Math.max(1e-3, Math.abs(g), Math.abs(fd))).toBeLessThan(1e-6);
      }
    });
  }
});

it('the density with geometric adstock allocates nothing per evaluation', () => {
  const spec = defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv', 'search'], controls: [] }, 'weekly');
  spec.channels[1].adstock = 'delayed';
  const d = mmmDensity(w, packModel(spec, syntheticData(60, ['tv', 'search'], [], 9)).setup.data!);
  const a = w.allocF64(1), b = w.allocF64(1);
  for (let k = 0; k < 50; k++) d.eval(Array.from({ length: d.dim }, (_, i) => 0.1 * Math.sin(i + k)));
  expect(w.allocF64(1) - b).toBe(b - a);
});

it('the density at lmax 28 with flighted spend matches the TS model; its alpha gradients match differences', () => {
  const names = ['tv', 'search', 'social'];
  const data = syntheticData(200, names, ['promo'], 13);
  names.forEach((c, i) => { data.channels[c] = series(200, 40 + i).map((v) => 100 * v); });
  const spec = defaultSpec({ date: 'date', kpi: 'sales', channels: names, controls: ['promo'] }, 'weekly');
  spec.channels.forEach((ch, i) => { ch.lmax = [28, 1, 13][i]; ch.saturation = i === 1 ? 'hill' : 'logistic'; });
  const { setup, layout, scaled } = packModel(spec, data);
  const d = mmmDensity(w, setup.data!);
  const r = rng(21);
  const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
  for (let k = 0; k < 3; k++) {
    const q = Array.from({ length: d.dim }, () => 3 * r() - 1.5);
    const { lp, grad } = d.eval(q);
    expect(relErr(lp, logDensityTs(layout, scaled, q))).toBeLessThan(1e-10);
    layout.names.forEach((name, i) => {
      if (!name.startsWith('adstock_alpha')) return;
      const h = 1e-6 * Math.max(1, Math.abs(q[i]));
      const qp = q.slice(); qp[i] += h;
      const qm = q.slice(); qm[i] -= h;
      expect(relErr(grad[i], (d.eval(qp).lp - d.eval(qm).lp) / (2 * h))).toBeLessThan(1e-6);
    });
  }
});
