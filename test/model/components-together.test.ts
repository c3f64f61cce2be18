// Every optional component at once: a random-walk baseline, two synergy pairs sharing a channel and Weibull carryover,
// beside lift tests, trend, controls and seasonality. Each was tested alone on its branch; here their blob sections
// (the baseline grid, then the synergy table) and parameters (baseline after sigma/nu, then synergy) sit together.
// WASM density = TS reference to 1e-10; gradient = central differences to 1e-6.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWasm, mmmDensity, rng, syntheticData, type Wasm, relErr } from './helpers';
import { checkGradient } from './fd-richardson';
import { CHANNELS, CONTROLS, makeSpec } from './cases';
import { logDensityTs } from './density-ts';
import { packModel } from '../../src/core/model/pack';
import type { LikelihoodKind } from '../../src/core/model/spec';

let w: Wasm;
beforeAll(async () => { w = await loadWasm(); });

const data = syntheticData(31, CHANNELS, CONTROLS, 11);

describe('flexible baseline + synergy + Weibull in one density', () => {
  for (const likelihood of ['normal', 'student-t'] as LikelihoodKind[]) {
    for (const prior of ['beta', 'roi'] as const) {
      it(`${likelihood}, ${prior} prior`, () => {
        const spec = makeSpec('weibull-pdf', 'hill', likelihood, prior, prior === 'roi' ? 1 : 0);
        spec.channels[1].adstock = 'weibull-cdf';
        spec.baseline = { kind: 'random-walk', knotEvery: 6 };
        spec.synergy = [{ a: 'tv', b: 'search' }, { a: 'social', b: 'tv' }];
        const { setup, layout, scaled } = packModel(spec, data);
        const names = layout.sampled.map((p) => p.name);
        const iSigma = names.indexOf('sigma'), iTau = names.indexOf('baseline_tau');
        expect(iTau).toBeGreaterThan(iSigma);
        expect(names.slice(-2)).toEqual(['synergy_eta[tv×search]', 'synergy_eta[social×tv]']);
        const d = mmmDensity(w, setup.data!);
        expect(d.dim).toBe(layout.dim);
        const r = rng(17);
        for (let k = 0; k < 2; k++) {
          const q = Array.from({ length: d.dim }, () => 2 * r() - 1);
          const { lp, grad } = d.eval(q);
          expect(Number.isFinite(lp)).toBe(true);
          expect(relErr(lp, logDensityTs(layout, scaled, q))).toBeLessThan(1e-10);
          checkGradient((x) => d.eval(x).lp, q, grad, layout.names); // Richardson differences, 1e-6 (fd-richardson.ts)
        }
      });
    }
  }
});
