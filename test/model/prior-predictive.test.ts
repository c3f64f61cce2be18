// Prior samplers (moments against the analytic values) and the prior predictive (shapes, derived beta, scale).
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, type Rng } from '../../src/core/stats';
import { generateDemoData } from '../../src/core/data/demo';
import { defaultSpec } from '../../src/core/model/defaults';
import { parsePriors, resolvePriors } from '../../src/core/model/priors';
import { drawPrior, samplePriorPredictive } from '../../src/core/model/prior-predictive';
import { priorCheck } from '../../src/core/model/prior-check';
import {
  normalCdf, normalQuantile, sampleBeta, sampleGamma, sampleHalfNormal, sampleLaplace, sampleLogNormal, sampleNormal,
  sampleStudentT, sampleTruncatedNormal,
} from '../../src/core/stats';
import { loadPymcExample } from './pymc-data';
import { root } from './helpers';

const N = 20000;

/**
 * Checks the sample mean and variance against the analytic ones within 4 Monte Carlo standard errors:
 * se(mean) = sqrt(var / N); se(sample variance) = sqrt((mu4 - var^2) / N) with mu4 the 4th central moment
 * (analytic, passed in). Four se: a correct sampler fails with probability < 1e-4 per check, and the seed is fixed.
 */
function checkMoments(draw: (r: Rng) => number, mean: number, variance: number, mu4: number, seed = 42): void {
  const rng = createRng(seed);
  const x = Float64Array.from({ length: N }, () => draw(rng));
  const m = x.reduce((a, b) => a + b, 0) / N;
  const v = x.reduce((a, b) => a + (b - m) ** 2, 0) / (N - 1);
  expect(x.every(Number.isFinite)).toBe(true);
  expect(Math.abs(m - mean)).toBeLessThan(4 * Math.sqrt(variance / N));
  expect(Math.abs(v - variance)).toBeLessThan(4 * Math.sqrt((mu4 - variance ** 2) / N));
}

describe('prior samplers: mean and variance (N = 20000, 4 Monte Carlo standard errors)', () => {
  test('Normal(1, 2)', () => checkMoments((r) => sampleNormal(r, 1, 2), 1, 4, 3 * 16));
  test('HalfNormal(2): mean s sqrt(2/pi), var s^2 (1 - 2/pi)', () => {
    const s = 2, m = s * Math.sqrt(2 / Math.PI), v = s * s * (1 - 2 / Math.PI);
    // 4th central moment from the raw moments E x^k = s^k (sqrt(2/pi), 1, 2 sqrt(2/pi), 3).
    const e1 = m, e2 = s ** 2, e3 = 2 * s ** 3 * Math.sqrt(2 / Math.PI), e4 = 3 * s ** 4;
    checkMoments((r) => sampleHalfNormal(r, s), m, v, e4 - 4 * e1 * e3 + 6 * e1 ** 2 * e2 - 3 * e1 ** 4);
  });
  test('LogNormal(0.3, 0.5)', () => {
    const mu = 0.3, s = 0.5, w = Math.exp(s * s);
    const m = Math.exp(mu + s * s / 2), v = (w - 1) * m * m;
    // Excess kurtosis w^4 + 2w^3 + 3w^2 - 6, so mu4 = v^2 (w^4 + 2w^3 + 3w^2 - 3).
    checkMoments((r) => sampleLogNormal(r, mu, s), m, v, v * v * (w ** 4 + 2 * w ** 3 + 3 * w * w - 3));
  });
  for (const [a, b] of [[3, 1], [0.5, 2], [2, 0.1]]) {
    test(`Gamma(${a}, rate ${b}) (shape < 1 through the boost)`, () => {
      const v = a / b ** 2;
      checkMoments((r) => sampleGamma(r, a, b), a / b, v, v * v * (3 + 6 / a));
    });
  }
  for (const [a, b] of [[1, 3], [2, 5], [0.7, 0.7]]) {
    test(`Beta(${a}, ${b})`, () => {
      const m = a / (a + b), v = (a * b) / ((a + b) ** 2 * (a + b + 1));
      const exKurt = (6 * ((a - b) ** 2 * (a + b + 1) - a * b * (a + b + 2))) / (a * b * (a + b + 2) * (a + b + 3));
      checkMoments((r) => sampleBeta(r, a, b), m, v, v * v * (exKurt + 3));
    });
  }
  test('Laplace(0.5, 1.5): var 2b^2, mu4 24b^4', () => {
    checkMoments((r) => sampleLaplace(r, 0.5, 1.5), 0.5, 2 * 1.5 ** 2, 24 * 1.5 ** 4);
  });
  test('Student-t(nu = 10): var nu/(nu-2), mu4 3 nu^2 / ((nu-2)(nu-4))', () => {
    checkMoments((r) => sampleStudentT(r, 10), 0, 10 / 8, (3 * 100) / (8 * 6));
  });
  test('TruncatedNormal(0, 1) on [-1, 2], on [2, inf) and far in a tail', () => {
    // Moments of a truncated standard Normal on [a, b] from phi and Phi: E x^k by the recurrence
    // E x^k = (k-1) E x^(k-2) - (b^(k-1) phi(b) - a^(k-1) phi(a)) / Z.
    const phi = (x: number) => (Number.isFinite(x) ? Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) : 0);
    const pw = (x: number, k: number) => (Number.isFinite(x) ? x ** k : 0);
    const moments = (a: number, b: number) => {
      const Z = normalCdf(b) - normalCdf(a);
      const e = [1];
      e[1] = -(phi(b) - phi(a)) / Z;
      for (let k = 2; k <= 4; k++) e[k] = (k - 1) * e[k - 2] - (pw(b, k - 1) * phi(b) - pw(a, k - 1) * phi(a)) / Z;
      const m = e[1], v = e[2] - m * m;
      return { m, v, mu4: e[4] - 4 * m * e[3] + 6 * m * m * e[2] - 3 * m ** 4 };
    };
    for (const [a, b] of [[-1, 2], [2, Infinity], [-Infinity, -1]]) {
      const { m, v, mu4 } = moments(a, b);
      checkMoments((r) => sampleTruncatedNormal(r, 0, 1, a, b), m, v, mu4);
    }
    // Scaled and shifted: TruncatedNormal(3, 2) on [4, 6] is 3 + 2 * standard on [0.5, 1.5].
    const s = moments(0.5, 1.5);
    checkMoments((r) => sampleTruncatedNormal(r, 3, 2, 4, 6), 3 + 2 * s.m, 4 * s.v, 16 * s.mu4);
    // 9 sd out, every draw stays in the interval.
    const rng = createRng(5);
    for (let i = 0; i < 1000; i++) {
      const x = sampleTruncatedNormal(rng, 0, 1, 9, 10);
      expect(x >= 9 && x <= 10).toBe(true);
    }
  });
  test('the Normal quantile inverts the CDF', () => {
    for (const p of [1e-10, 0.001, 0.03, 0.5, 0.9, 0.999]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 6);
  });
});

describe('drawing a parameter respects its support', () => {
  const demo = generateDemoData(1);
  test('Beta on the delayed theta spans [0, lmax - 1]; a Normal on sigma is truncated at 0', () => {
    const spec = defaultSpec(demo.mapping, demo.data.frequency);
    spec.channels[0].adstock = 'delayed';
    spec.priors = parsePriors({ adstock_theta: { dist: 'Beta', alpha: 2, beta: 2 }, sigma: { dist: 'Normal', mu: -1, sigma: 1 } }, spec);
    const pri = resolvePriors(spec);
    const theta = pri.find((p) => p.key === 'adstock_theta')!;
    const sigma = pri.find((p) => p.key === 'sigma')!;
    const rng = createRng(3);
    const th = Array.from({ length: 4000 }, () => drawPrior(rng, theta));
    const lm = spec.channels[0].lmax - 1;
    expect(th.every((x) => x > 0 && x < lm)).toBe(true);
    // Beta(2, 2) has mean 1/2 and sd 1/sqrt(20): the mean of 4000 scaled draws has se lm * 0.224 / 63; 4 se.
    expect(Math.abs(th.reduce((a, b) => a + b, 0) / 4000 - lm / 2)).toBeLessThan((4 * lm * 0.2237) / Math.sqrt(4000));
    expect(Array.from({ length: 4000 }, () => drawPrior(rng, sigma)).every((x) => x > 0)).toBe(true);
  });
});

describe('samplePriorPredictive', () => {
  const demo = generateDemoData(1);
  const T = demo.data.kpi.length;

  test('demo data: finite arrays of the right shapes, every parameter present, seeded', () => {
    const spec = defaultSpec(demo.mapping, demo.data.frequency);
    spec.likelihood = 'student-t';
    spec.trend = true;
    const pp = samplePriorPredictive(spec, demo.data, { draws: 50, seed: 9 });
    expect(pp.kpi).toHaveLength(50);
    expect(pp.mu).toHaveLength(50);
    for (const a of [...pp.kpi, ...pp.mu]) {
      expect(a).toHaveLength(T);
      expect(a.every(Number.isFinite)).toBe(true);
    }
    expect(Object.keys(pp.roi)).toEqual(spec.channels.map((c) => c.name));
    for (const r of Object.values(pp.roi)) expect(r.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    expect(Object.keys(pp.params)).toEqual(resolvePriors(spec).map((p) => p.name));
    expect(pp.params.nu.every((v) => v > 0)).toBe(true);
    const again = samplePriorPredictive(spec, demo.data, { draws: 50, seed: 9 });
    expect(again.kpi[17]).toEqual(pp.kpi[17]);
    expect(samplePriorPredictive(spec, demo.data, { draws: 50, seed: 10 }).kpi[17]).not.toEqual(pp.kpi[17]);
  });

  test('a tight ROI prior (LogNormal(ln 2, 0.01)) gives ROI within 2% of 2 on every channel and draw', () => {
    // sigma 0.01: ~95% of roi draws lie within 2% (2 sd) of 2 and all 200 within 10% (> 9 sd). The forward
    // model's ROI must equal each drawn roi exactly (beta derived as the density derives it), whatever the
    // adstock and saturation, so it inherits those bounds; a wrong derivation would be off by far more.
    const spec = defaultSpec(demo.mapping, demo.data.frequency);
    spec.channels[1].adstock = 'delayed';
    spec.channels[2].saturation = 'hill';
    spec.channels[3].saturation = 'michaelis-menten';
    spec.priors = parsePriors({ roi: { dist: 'LogNormal', mu: Math.log(2), sigma: 0.01 } }, spec);
    const pp = samplePriorPredictive(spec, demo.data, { draws: 200, seed: 4 });
    for (const ch of spec.channels) {
      const r = pp.roi[ch.name];
      expect(r.every((v) => Math.abs(v / 2 - 1) < 0.1)).toBe(true);
      // The ROI computed from the forward model equals the drawn roi parameter (the derivation is exact).
      r.forEach((v, d) => expect(v).toBeCloseTo(pp.params[`roi[${ch.name}]`][d], 9));
      expect(pp.params[`saturation_beta[${ch.name}]`].every((v) => v > 0)).toBe(true);
    }
    const all = spec.channels.flatMap((ch) => [...pp.roi[ch.name]]);
    expect(all.filter((v) => Math.abs(v / 2 - 1) < 0.02).length / all.length).toBeGreaterThan(0.9);
  });

  test('bad options are named', () => {
    const spec = defaultSpec(demo.mapping, demo.data.frequency);
    expect(() => samplePriorPredictive(spec, demo.data, { draws: 0 })).toThrow(/draws/);
  });

  const pymc = loadPymcExample();
  test.skipIf(!pymc)('PyMC example priors on the PyMC data: the 5-95% band holds > 80% of the actual KPI', () => {
    const spec = defaultSpec({ date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'] }, 'weekly');
    spec.priors = parsePriors(readFileSync(join(root, 'test', 'fixtures', 'pymc-example-priors.json'), 'utf8'), spec);
    const draws = 400;
    const pp = samplePriorPredictive(spec, pymc!, { draws, seed: 3 });
    // 5-95%: a central 90% band.
    const noisy = priorCheck(pp.kpi, pymc!.kpi, 0.9);
    const mean = priorCheck(pp.mu, pymc!.kpi, 0.9);
    // These priors are wide (sigma HalfNormal(6) on the KPI scaled to max 1 makes the noisy band ~30x the
    // data's range), so containing the data is easy: all 179 weeks are inside, for the noise-free mu band too.
    expect(noisy.coverage).toBeGreaterThan(0.8);
    expect(mean.coverage).toBeGreaterThan(0.8);
    expect(noisy.widthRatio).toBeGreaterThan(10);
    // The scale check with teeth: the band is centred on the data's order of magnitude (its median averages
    // 2.3x the mean KPI with these priors; a KPI left in scaled units, or scaled twice, is off by ~8000x).
    expect(noisy.centreRatio).toBeGreaterThan(1 / 3);
    expect(noisy.centreRatio).toBeLessThan(3);
  });
});

describe('priorCheck', () => {
  test('coverage, width and centre of a band against known draws', () => {
    // Draws 0..99 in every period (band at 90%: 4.95 to 94.05); actual 0, 50, 100, 50.
    const draws = Array.from({ length: 100 }, (_, d) => Float64Array.from([d, d, d, d]));
    const c = priorCheck(draws, [0, 50, 100, 50], 0.9);
    expect(c.coverage).toBe(0.5);
    expect(c.widthRatio).toBeCloseTo((94.05 - 4.95) / 100, 12);
    expect(c.centreRatio).toBeCloseTo(49.5 / 50, 12);
  });
  test('mismatched shapes and levels are named', () => {
    expect(() => priorCheck([new Float64Array(3)], [1, 2], 0.9)).toThrow(/draw 0 has 3 periods, expected 2/);
    expect(() => priorCheck([new Float64Array(2)], [1, 2], 1)).toThrow(/level/);
  });
});
