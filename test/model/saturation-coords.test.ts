// Effect coordinates (src/core/model/saturation-coords.ts, assembly/mmm/coords.ts) are the same model as natural ones:
// at the same constrained point both densities include log |d beta / d q| = log beta (and the mean level's shear has
// a unit Jacobian), so the log densities in q agree to rounding, and the draws constrain to the same values. The gradient against central differences and the TS
// reference run in density.test.ts and density-combinations.test.ts for every component combination.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWasm, mmmDensity, rng, syntheticData, type Wasm, relErr } from './helpers';
import { CHANNELS, CONTROLS, makeSpec } from './cases';
import { naturalToEffect } from './constrain-ts';
import { packModel } from '../../src/core/model/pack';
import { createWasmConstrain } from '../../src/core/engine/wasm-constrain';
import type { SaturationKind } from '../../src/core/model/spec';

// Two instances: a WASM instance holds one model at a time.
let w: Wasm, w2: Wasm;
beforeAll(async () => { w = await loadWasm(); w2 = await loadWasm(); });

const data = syntheticData(40, CHANNELS, CONTROLS, 3);


describe('effect coordinates: the same posterior as natural ones', () => {
  const kinds: SaturationKind[] = ['logistic', 'hill', 'michaelis-menten'];
  for (const kind of kinds) {
    for (const variant of [0, 1]) {
      it(`${kind} (variant ${variant}, lift tests): the same log density and the same constrained draw at the same point`, async () => {
        const spec = makeSpec('geometric', kind, 'normal', 'beta', variant);
        const nat = packModel({ ...spec, saturationCoordinates: 'natural' }, data);
        const eff = packModel({ ...spec, saturationCoordinates: 'effect' }, data);
        expect(eff.layout.names).toEqual(nat.layout.names);
        eff.layout.channels.forEach((ch) => expect(ch.effectFactor).toBe(40));
        const dn = mmmDensity(w, nat.setup.data!);
        const de = mmmDensity(w2, eff.setup.data!);
        const cn = await createWasmConstrain(nat.setup, nat.layout.names.length);
        const ce = await createWasmConstrain(eff.setup, eff.layout.names.length);
        const r = rng(5 + variant);
        for (let k = 0; k < 5; k++) {
          const q = Array.from({ length: dn.dim }, () => 3 * r() - 1.5);
          const qe = naturalToEffect(eff.layout, q, eff.scaled);
          // Only the beta slots and q[0] (intercept -> mean level) move.
          qe.forEach((v, i) => { if (i > 0 && !nat.layout.names[i].startsWith('saturation_beta')) expect(v).toBe(q[i]); });
          expect(relErr(de.eval(qe).lp, dn.eval(q).lp)).toBeLessThan(1e-10);
          const xn = cn(q), xe = ce(qe);
          xn.forEach((v, i) => expect(Math.abs(xe[i] - v), nat.layout.names[i]).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v))));
        }
      });
    }
  }

  it('under an ROI prior only q[0] changes (the ROI is sampled either way; the mean level replaces the intercept)', () => {
    const spec = makeSpec('geometric', 'hill', 'normal', 'roi', 1);
    const nat = packModel({ ...spec, saturationCoordinates: 'natural' }, data);
    const eff = packModel({ ...spec, saturationCoordinates: 'effect' }, data);
    expect(eff.layout.channels.every((ch) => ch.effectFactor === 0)).toBe(true);
    const a = nat.setup.data!, b = eff.setup.data!;
    expect(b[21]).toBe(1);
    expect(Array.from(b).filter((v, i) => v !== a[i]).length).toBe(1);
    const dn = mmmDensity(w, a), de = mmmDensity(w2, b);
    const r = rng(9);
    for (let k = 0; k < 5; k++) {
      const q = Array.from({ length: dn.dim }, () => 3 * r() - 1.5);
      expect(relErr(de.eval(naturalToEffect(eff.layout, q, eff.scaled)).lp, dn.eval(q).lp)).toBeLessThan(1e-10);
    }
  });
});
