// The pointwise log-likelihood: the model's observation densities (normal, Student-t) with their constants, in original
// KPI units, read from the posterior pass's mu and the draws' sigma (and nu).
import { describe, expect, it } from 'vitest';
import { normalLogDensity, pointwiseLogLik, studentTLogDensity } from '../../src/core/criticism';
import { posteriorPass } from '../../src/core/posterior';
import { fixtureModel } from '../fixtures/model';

describe('observation densities', () => {
  it('Normal: the textbook density', () => {
    expect(normalLogDensity(1.3, 1, 0.5)).toBeCloseTo(Math.log(Math.exp(-0.5 * 0.6 ** 2) / (0.5 * Math.sqrt(2 * Math.PI))), 14);
  });
  it('Student-t: nu = 1 is the Cauchy, and large nu tends to the Normal', () => {
    const r = (2 - 0.5) / 0.7;
    expect(studentTLogDensity(2, 0.5, 0.7, 1)).toBeCloseTo(-Math.log(Math.PI * 0.7 * (1 + r * r)), 12);
    expect(studentTLogDensity(2, 0.5, 0.7, 1e7)).toBeCloseTo(normalLogDensity(2, 0.5, 0.7), 5);
  });
});

describe('pointwiseLogLik', () => {
  it.each(['normal', 'student-t'] as const)('%s: every draw and fitted period, in original units', (likelihood) => {
    const model = fixtureModel({ likelihood, chains: 2, draws: 5, periods: 30 });
    const ll = pointwiseLogLik(model)!;
    const pass = posteriorPass(model);
    expect([ll.S, ll.N, ll.chains, ll.from]).toEqual([10, 30, 2, 0]);
    const k = model.scaling.kpi;
    const sigma = model.draws.sigma[1][2], s = 5 + 2, t = 7; // chain 2, draw 3 is the 8th of the chain-major draws
    const y = model.data.kpi[t], mu = pass.mu[s * pass.T + t];
    // A density in original units is the scaled one over k: the sigma in original units is sigma * k.
    const want = likelihood === 'normal' ? normalLogDensity(y, mu, sigma * k) : studentTLogDensity(y, mu, sigma * k, model.draws.nu[1][2]);
    expect(ll.values[s * ll.N + t]).toBeCloseTo(want, 10);
  });
  it('holdout rows: only with a holdout, from the first held-out row', () => {
    expect(pointwiseLogLik(fixtureModel({ periods: 30 }), 'holdout')).toBeUndefined();
    const ll = pointwiseLogLik(fixtureModel({ periods: 30, holdout: 6 }), 'holdout')!;
    expect([ll.N, ll.from]).toEqual([6, 24]);
  });
});
