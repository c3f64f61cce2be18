// The WASM log density against the TS model (forward model + likelihood + lift tests, test/model/density-ts.ts)
// to 1e-10 for every component combination: adstock x saturation x trend x seasonality x controls x
// likelihood x prior type (beta, beta in effect coordinates, or ROI), each with lift tests.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadWasm, mmmDensity, syntheticData, rng, type Wasm } from './helpers';
import { CHANNELS, CONTROLS } from './cases';
import { logDensityTs } from './density-ts';
import { packModel } from '../../src/core/model/pack';
import { defaultSpec } from '../../src/core/model/defaults';
import { parsePriors } from '../../src/core/model/priors';
import type { AdstockKind, LikelihoodKind, ModelSpec, PriorConfig, SaturationKind } from '../../src/core/model/spec';

let w: Wasm;
beforeAll(async () => { w = await loadWasm(); });

const data = syntheticData(30, CHANNELS, CONTROLS, 7);

const ADSTOCKS: AdstockKind[] = ['geometric', 'delayed', 'weibull-pdf', 'weibull-cdf'];

interface Combo { adstock: AdstockKind; saturation: SaturationKind; trend: boolean; yearly: number; controls: number; likelihood: LikelihoodKind; prior: 'beta' | 'effect' | 'roi' }

function comboSpec(c: Combo): ModelSpec {
  const spec = defaultSpec({ date: 'date', kpi: 'sales', channels: CHANNELS, controls: CONTROLS.slice(0, c.controls) }, 'weekly');
  spec.channels.forEach((ch, i) => { ch.adstock = c.adstock; ch.saturation = c.saturation; ch.lmax = [8, 5, 12][i]; });
  spec.trend = c.trend;
  spec.yearly = c.yearly;
  spec.likelihood = c.likelihood;
  spec.liftTests = [
    { channel: 'tv', x: 150, deltaX: 40, deltaY: 60, sigma: 30 },
    { channel: 'social', x: 80, deltaX: -30, deltaY: -40, sigma: 25 },
  ];
  spec.saturationCoordinates = c.prior === 'effect' ? 'effect' : 'natural';
  spec.priors = parsePriors(c.prior === 'roi' ? { roi: { dist: 'LogNormal', mu: [0.2, 0.1, 0], sigma: 0.9 } } : {}, spec) as PriorConfig;
  return spec;
}

function combos(): Combo[] {
  const out: Combo[] = [];
  for (const adstock of ADSTOCKS)
    for (const saturation of ['logistic', 'hill', 'michaelis-menten'] as SaturationKind[])
      for (const trend of [false, true])
        for (const yearly of [0, 2])
          for (const controls of [0, 2])
            for (const likelihood of ['normal', 'student-t'] as LikelihoodKind[])
              for (const prior of ['beta', 'effect', 'roi'] as const) out.push({ adstock, saturation, trend, yearly, controls, likelihood, prior });
  return out;
}

describe('WASM density equals the TS model for every component combination', () => {
  const all = combos();
  it('covers 4 adstocks x 3 saturations x trend on/off x seasonality 0/2 x controls 0/2 x 2 likelihoods x 3 prior types', () => {
    expect(all.length).toBe(576);
  });
  for (const adstock of ADSTOCKS) {
    for (const saturation of ['logistic', 'hill', 'michaelis-menten'] as SaturationKind[]) {
      it(`${adstock} ${saturation}: every trend x seasonality x controls x likelihood x prior`, () => {
        const r = rng(17);
        for (const c of all.filter((x) => x.adstock === adstock && x.saturation === saturation)) {
          const { setup, layout, scaled } = packModel(comboSpec(c), data);
          expect(layout.lift.length).toBe(2);
          const d = mmmDensity(w, setup.data!);
          for (let k = 0; k < 3; k++) {
            const q = Array.from({ length: d.dim }, () => 3 * r() - 1.5);
            const lp = d.eval(q).lp;
            const ts = logDensityTs(layout, scaled, q);
            expect(Number.isFinite(lp)).toBe(true);
            const e = Math.abs(lp - ts) / Math.max(1, Math.abs(lp), Math.abs(ts));
            if (!(e < 1e-10)) throw new Error(`${JSON.stringify(c)}: WASM ${lp} vs TS ${ts}`);
          }
        }
      });
    }
  }
});
