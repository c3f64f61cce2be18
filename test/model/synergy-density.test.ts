// Synergy pairs in the density: the WASM log density with synergy terms equals the TS model (forward model with the
// synergy component, test/model/density-ts.ts) to 1e-10, and its gradient (eta's, and the synergy's share of every
// channel's saturation / adstock / beta-or-ROI gradient) equals central differences, for every adstock x saturation x
// likelihood x prior type.
import { checkGradient } from './fd-richardson';
import { describe, it, expect, beforeAll } from 'vitest';
import { loadWasm, mmmDensity, syntheticData, rng, type Wasm, relErr } from './helpers';
import { allCases, CHANNELS, CONTROLS } from './cases';
import { packModel } from '../../src/core/model/pack';
import { logDensityTs } from './density-ts';
import { forwardModel } from '../../src/core/model';
import { constrainNamed } from './constrain-ts';

let w: Wasm;
beforeAll(async () => { w = await loadWasm(); });

const data = syntheticData(31, CHANNELS, CONTROLS, 9); // odd T: the SIMD loops' scalar tail runs too


describe('MMM density with synergy pairs: value and gradient', () => {
  for (const c of allCases()) {
    it(c.label, () => {
      // two pairs sharing a channel (tv): the gradients of both reach tv's saturation and adstock
      const spec = { ...c.spec, synergy: [{ a: 'tv', b: 'search' }, { a: 'social', b: 'tv' }] };
      const { setup, layout, scaled } = packModel(spec, data);
      expect(layout.names.slice(layout.dim - 2, layout.dim)).toEqual(['synergy_eta[tv×search]', 'synergy_eta[social×tv]']);
      const d = mmmDensity(w, setup.data!);
      expect(d.dim).toBe(layout.dim);
      const r = rng(23);
      for (let k = 0; k < 2; k++) {
        const q = Array.from({ length: d.dim }, () => 3 * r() - 1.5);
        // etas of either sign and a size that matters against the channels' effects
        q[d.dim - 2] = 0.8; q[d.dim - 1] = -0.6;
        const { lp, grad } = d.eval(q);
        expect(Number.isFinite(lp)).toBe(true);
        expect(relErr(lp, logDensityTs(layout, scaled, q))).toBeLessThan(1e-10);
        checkGradient((x) => d.eval(x).lp, q, grad, layout.names); // Richardson differences, 1e-6 (fd-richardson.ts)
      }
    });
  }

  it('the synergy moves the density: the same q without the pairs gives another value', () => {
    const spec = { ...allCases()[0].spec, synergy: [{ a: 'tv', b: 'search' }] };
    const withPair = packModel(spec, data);
    const without = packModel({ ...spec, synergy: [] }, data);
    const q = Array.from({ length: withPair.layout.dim }, (_, i) => (i === withPair.layout.dim - 1 ? 0.5 : 0.1));
    const a = mmmDensity(w, withPair.setup.data!).eval(q).lp;
    const b = mmmDensity(w, without.setup.data!).eval(q.slice(0, without.layout.dim)).lp;
    expect(Math.abs(a - b)).toBeGreaterThan(1e-3);
    // and mu differs from the pair-free mu by exactly eta x s_tv x s_search
    const v = constrainNamed(withPair.layout, q);
    const f = forwardModel(spec, withPair.scaled, v);
    const f0 = forwardModel({ ...spec, synergy: [] }, withPair.scaled, v);
    f.mu.forEach((m, t) => expect(m - f0.mu[t]).toBeCloseTo(0.5 * f.units[0][t] * f.units[1][t], 12));
    expect(f.synergy[0][5]).toBeCloseTo(0.5 * f.units[0][5] * f.units[1][5], 14);
  });

  it('a blob whose synergy table names a bad channel or q index is rejected', () => {
    const spec = { ...allCases()[0].spec, synergy: [{ a: 'tv', b: 'search' }] };
    const { setup } = packModel(spec, data);
    const blob = setup.data!;
    const row = blob.length - 4;
    for (const [slot, v] of [[0, 7], [1, 0], [2, 999]] as const) {
      const bad = Float64Array.from(blob);
      bad[row + slot] = v;
      expect(mmmDensity(w, bad).dim).toBe(-4);
    }
  });
});
