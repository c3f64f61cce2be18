// The TS forward model against the PyMC example's known true process, and its basic semantics.
import { describe, it, expect } from 'vitest';
import { loadPymcExample, PYMC_CSV } from './pymc-data';
import { defaultSpec } from '../../src/core/model/defaults';
import { scaleData } from '../../src/core/model/scale';
import { adstockWeights, channelContribution, channelParams, forwardModel, saturationCurve } from '../../src/core/model';

const data = loadPymcExample();

describe('forward model', () => {
  it.skipIf(!data)(`reproduces the true contributions of the PyMC example (${PYMC_CSV})`, () => {
    const spec = defaultSpec({ date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'] }, 'weekly');
    const { scaled, scaling } = scaleData(data!, spec);
    // True process on raw x: 1000 * 3 * sat(adstock(x1), lam 4) and 1000 * 2 * sat(adstock(x2), lam 3);
    // in max-scaled space lam_scaled = lam * x_max and beta = 1000 * b / y_max.
    const truth = [{ alpha: 0.4, lam: 4, b: 3, total: 274848 }, { alpha: 0.2, lam: 3, b: 2, total: 65906 }];
    spec.channels.forEach((ch, c) => {
      const t = truth[c];
      const values = {
        [`adstock_alpha[${ch.name}]`]: t.alpha,
        [`saturation_lam[${ch.name}]`]: t.lam * scaling.channels[ch.name],
        [`saturation_beta[${ch.name}]`]: (1000 * t.b) / scaling.kpi,
      };
      const contrib = channelContribution(ch, scaled.x[c], channelParams(spec, values, c));
      const total = contrib.reduce((a, b) => a + b, 0) * scaling.kpi;
      expect(Math.abs(total - t.total) / t.total).toBeLessThan(1e-4); // the README's totals are rounded to 1
    });
  });

  it('adstock weights are normalised; the delayed kernel peaks at theta', () => {
    const g = adstockWeights({ name: 'a', adstock: 'geometric', lmax: 8, saturation: 'logistic' }, 0.5);
    expect(g.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(g[1] / g[0]).toBeCloseTo(0.5, 14);
    const d = adstockWeights({ name: 'a', adstock: 'delayed', lmax: 8, saturation: 'logistic' }, 0.5, 3);
    expect(d.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(d.indexOf(Math.max(...d))).toBe(3);
  });

  it('saturation_beta is the maximum effect of every curve', () => {
    for (const saturation of ['logistic', 'hill', 'michaelis-menten'] as const) {
      const ch = { name: 'a', adstock: 'geometric' as const, lmax: 4, saturation };
      const p = { alpha: 0.3, theta: 0, lam: 2, kappa: 0.5, slope: 2, beta: 0.7 };
      expect(saturationCurve(ch, p, 0)).toBe(0);
      expect(saturationCurve(ch, p, 1e9)).toBeCloseTo(0.7, 6);
    }
  });

  it('mu is the baseline plus the channel contributions', () => {
    const spec = defaultSpec({ date: 'd', kpi: 'y', channels: ['a'], controls: ['c'] }, 'weekly');
    spec.trend = true;
    spec.yearly = 1;
    spec.baseline = { kind: 'linear' }; // the random walk is checked in test/model/baseline-flex.test.ts
    const scaled = { n: 3, y: new Float64Array(3), x: [Float64Array.from([1, 0, 0.5])], z: [Float64Array.from([0, 1, 0])], dayOfYear: Float64Array.from([1, 91.3125, 182.625]) };
    const v = {
      intercept: 0.1, trend: 0.2, 'gamma_control[c]': 0.3, 'gamma_fourier[sin_1]': 0.4, 'gamma_fourier[cos_1]': 0.5,
      'adstock_alpha[a]': 0.5, 'saturation_lam[a]': 2, 'saturation_beta[a]': 1,
    };
    const { mu, baseline, channels } = forwardModel(spec, scaled, v);
    // t = 1: trend 0.5, control 1, doy a quarter year: sin = 1, cos = 0.
    expect(baseline[1]).toBeCloseTo(0.1 + 0.2 * 0.5 + 0.3 + 0.4, 12);
    const w0 = 1 / (1 + 0.5 + 0.25 + 0.125 + 0.0625 + 0.03125 + 0.015625 + 0.0078125);
    expect(channels[0][1]).toBeCloseTo(Math.tanh(w0 * 0.5), 12); // a_1 = w_1 x_0 = w0 * 0.5
    mu.forEach((m, t) => expect(m).toBeCloseTo(baseline[t] + channels[0][t], 14));
  });
});
