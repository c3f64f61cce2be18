// Draws are constrained in WASM (mmmConstrain) so every host gives the same bits: the values agree with
// the TS transforms (and the ROI-derived beta) to rounding, for every component combination.
import { describe, expect, it } from 'vitest';
import { createWasmConstrain } from '../../src/core/engine/wasm-constrain';
import { packModel } from '../../src/core/model/pack';
import { constrain } from '../model/constrain-ts';
import { allCases, CHANNELS, CONTROLS } from '../model/cases';
import { rng, syntheticData } from '../model/helpers';

describe('createWasmConstrain', () => {
  it('matches the TS constrain (and the derived ROI beta) within 1e-12 relative, on every case', async () => {
    const data = syntheticData(80, CHANNELS, CONTROLS, 5);
    const u = rng(11);
    for (const c of allCases()) {
      const { setup, layout, scaled } = packModel(c.spec, data);
      const run = await createWasmConstrain(setup, layout.names.length);
      for (let k = 0; k < 5; k++) {
        const q = Float64Array.from({ length: layout.dim }, () => 4 * u() - 2);
        const w = run(q), t = constrain(layout, q, scaled);
        expect(w.length, c.label).toBe(layout.names.length);
        for (let i = 0; i < w.length; i++) {
          expect(Math.abs(w[i] - t[i]), `${c.label} ${layout.names[i]}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(t[i])));
        }
      }
    }
  });

  it('is a pure function of q: the same q twice gives the same bits', async () => {
    const data = syntheticData(40, CHANNELS, CONTROLS, 2);
    const { setup, layout } = packModel(allCases()[1].spec, data);
    const run = await createWasmConstrain(setup, layout.names.length);
    const q = Float64Array.from({ length: layout.dim }, (_, i) => Math.sin(i + 1));
    const a = run(q);
    run(q.map((x) => -x));
    expect(run(q)).toEqual(a);
    expect(() => run(q.subarray(1))).toThrow(/expected/);
  });
});
