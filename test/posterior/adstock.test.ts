// Adstock weights per draw: lmax lags summing to 1, geometric ratio alpha, delayed peak at theta.
import { describe, expect, it } from 'vitest';
import { adstockWeightDraws } from '../../src/core/posterior/adstock';
import { drawRecords } from '../../src/core/posterior/draws';
import { fixtureModel } from '../fixtures/model';

describe('adstockWeightDraws', () => {
  it('geometric: lmax weights summing to 1 with ratio alpha', () => {
    const model = fixtureModel();
    const w = adstockWeightDraws(model);
    drawRecords(model).forEach((v, d) => {
      const ws = w.tv[d];
      expect(ws.length).toBe(4);
      expect(ws.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
      expect(ws[1] / ws[0]).toBeCloseTo(v['adstock_alpha[tv]'], 12);
    });
  });

  it('delayed: weights peak at the lag nearest theta', () => {
    const model = fixtureModel({ adstock: 'delayed' });
    const w = adstockWeightDraws(model);
    drawRecords(model).forEach((v, d) => {
      const ws = Array.from(w.search[d]);
      expect(ws.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
      const theta = v['adstock_theta[search]'];
      const peak = ws.indexOf(Math.max(...ws));
      expect(Math.abs(peak - theta)).toBeLessThanOrEqual(0.5 + 1e-9);
    });
  });
});
