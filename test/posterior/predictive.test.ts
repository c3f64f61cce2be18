// Posterior predictive: seeded and reproducible, centred on mu with the likelihood's spread.
import { describe, expect, it } from 'vitest';
import { posteriorPredictive } from '../../src/core/posterior/predictive';
import { muDraws } from '../../src/core/posterior/mu';
import { drawRecords } from '../../src/core/posterior/draws';
import { fixtureModel } from '../fixtures/model';
import type { ModelJson } from '../../src/core/fit/model-json';

/** The fixture with every draw made identical, so replicates differ only by observation noise. */
function oneDrawModel(likelihood: 'normal' | 'student-t', draws: number): ModelJson {
  const m = fixtureModel({ likelihood, chains: 1, draws });
  for (const name of Object.keys(m.draws)) m.draws[name] = [m.draws[name][0].map(() => m.draws[name][0][0])];
  m.draws.sigma = [m.draws.sigma[0].map(() => 0.05)];
  if (likelihood === 'student-t') m.draws.nu = [m.draws.nu[0].map(() => 5)];
  return m;
}

describe('posteriorPredictive', () => {
  it('is reproducible for a seed and differs across seeds', () => {
    const m = fixtureModel();
    expect(posteriorPredictive(m, { seed: 7 })).toEqual(posteriorPredictive(m, { seed: 7 }));
    expect(posteriorPredictive(m, { seed: 7 })[0][0]).not.toBe(posteriorPredictive(m, { seed: 8 })[0][0]);
  });

  it('normal: residuals over mu have mean 0 and sd sigma * max|KPI|', () => {
    const m = oneDrawModel('normal', 100);
    const yrep = posteriorPredictive(m, { seed: 1 });
    const mu = muDraws(m)[0];
    const r = yrep.flatMap((y) => Array.from(y, (v, t) => (v - mu[t]) / (0.05 * m.scaling.kpi)));
    // 100 draws x 40 periods = 4000 standard normals: mean within 4 / sqrt(4000) = 0.063, sd within ~4 * 0.011.
    const mean = r.reduce((a, b) => a + b) / r.length;
    const sd = Math.sqrt(r.reduce((a, b) => a + (b - mean) ** 2, 0) / (r.length - 1));
    expect(Math.abs(mean)).toBeLessThan(0.063);
    expect(Math.abs(sd - 1)).toBeLessThan(0.045);
  });

  it('student-t: heavier tails with variance nu / (nu - 2) sigma^2', () => {
    const m = oneDrawModel('student-t', 250);
    const yrep = posteriorPredictive(m, { seed: 2 });
    const mu = muDraws(m)[0];
    const r = yrep.flatMap((y) => Array.from(y, (v, t) => (v - mu[t]) / (0.05 * m.scaling.kpi)));
    // nu = 5: variance 5/3; the sample variance of 10,000 t_5 draws has sd about 0.1 (kurtosis 9), so allow 0.35.
    const v = r.reduce((a, b) => a + b * b, 0) / r.length;
    expect(Math.abs(v - 5 / 3)).toBeLessThan(0.35);
    // P(|t_5| > 3) = 0.030 versus 0.0027 for a normal: count over 10,000 is 300 +- 17.
    const tail = r.filter((x) => Math.abs(x) > 3).length / r.length;
    expect(tail).toBeGreaterThan(0.02);
    expect(tail).toBeLessThan(0.04);
  });

  it('has one series per selected draw', () => {
    const m = fixtureModel();
    expect(posteriorPredictive(m, { maxDraws: 4 }).length).toBe(4);
    expect(drawRecords(m, { maxDraws: 4 }).length).toBe(4);
  });
});
