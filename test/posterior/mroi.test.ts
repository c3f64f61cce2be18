// Marginal ROI: extra KPI per extra unit of spend at +1%; below ROI for concave curves, the derivative for tiny increases.
import { describe, expect, it } from 'vitest';
import { mroiDraws } from '../../src/core/posterior/mroi';
import { roiDraws } from '../../src/core/posterior/roi';
import { fixtureModel } from '../fixtures/model';

describe('mroiDraws', () => {
  // Logistic and Michaelis-Menten curves are concave for a >= 0, and Hill with slope <= 1 too; the
  // fixture's Hill slopes scatter around 1, so Hill is not asserted here.
  for (const saturation of ['logistic', 'michaelis-menten'] as const) {
    it(`is below ROI for a concave curve (${saturation})`, () => {
      const model = fixtureModel({ saturation });
      const roi = roiDraws(model);
      const mroi = mroiDraws(model);
      for (const ch of ['tv', 'search']) {
        mroi[ch].forEach((m, d) => {
          expect(m).toBeGreaterThan(0);
          expect(m).toBeLessThan(roi[ch][d]);
        });
      }
    });
  }

  it('converges as the increase shrinks (a derivative), and the +1% figure is close to it', () => {
    const model = fixtureModel();
    const a = mroiDraws(model, { increase: 1e-4 });
    const b = mroiDraws(model, { increase: 1e-5 });
    const one = mroiDraws(model);
    a.tv.forEach((v, d) => {
      expect(b.tv[d]).toBeCloseTo(v, 4);
      // Curvature over a 1% step changes the slope by well under 5% for these parameters.
      expect(Math.abs(one.tv[d] - v) / v).toBeLessThan(0.05);
    });
  });

  it('rejects a non-positive increase', () => {
    expect(() => mroiDraws(fixtureModel(), { increase: 0 })).toThrow(/increase must be positive/);
  });
});
