// The prior predictive (shapes, derived beta, scale); the samplers' own moments are in test/stats/samplers.test.ts.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../../src/core/stats';
import { generateDemoData } from '../../src/core/data/demo';
import { defaultSpec } from '../../src/core/model/defaults';
import { parsePriors, resolvePriors } from '../../src/core/model/priors';
import { drawPrior, samplePriorPredictive } from '../../src/core/model/prior-predictive';
import { priorCheck } from '../../src/core/model/prior-check';
import { loadPymcExample } from './pymc-data';
import { root } from './helpers';

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
    // Under the default ROI prior the maximum effect is derived from each drawn ROI and reported after the sampled ones.
    // The random walk's steps depend on the periods (resolvePriors' second argument).
    expect(Object.keys(pp.params)).toEqual([...resolvePriors(spec, T).map((p) => p.name), ...spec.channels.map((c) => `saturation_beta[${c.name}]`)]);
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
