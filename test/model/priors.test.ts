// Parsing and resolving priors in PyMC-Marketing's model_config style: the PyMC example parses,
// defaults fill the rest, and bad input is an error naming the key.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers';
import { defaultSpec } from '../../src/core/model/defaults';
import { parsePriors, resolvePriors } from '../../src/core/model/priors';
import type { ModelSpec } from '../../src/core/model/spec';

const pymc = readFileSync(join(root, 'test', 'fixtures', 'pymc-example-priors.json'), 'utf8');

function pymcSpec(): ModelSpec {
  // PyMC-Marketing's example has no trend term (its `t` control is the trend); the default spec has one since issue 8.
  // Its priors are on saturation_beta and its baseline linear, so the spec starts without the default ROI prior or random walk.
  return { ...defaultSpec({ date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'] }, 'weekly'), trend: false, priors: {}, baseline: { kind: 'linear' } };
}

describe('parsePriors', () => {
  it('parses the PyMC example priors file exactly', () => {
    const spec = pymcSpec();
    const p = parsePriors(pymc, spec);
    expect(p.saturation_beta).toEqual({ dist: 'HalfNormal', sigma: [1.3126, 0.6874] });
    expect(p.gamma_fourier).toEqual({ dist: 'Laplace', mu: 0, b: 0.2 });
    spec.priors = p;
    const r = resolvePriors(spec);
    const by = Object.fromEntries(r.map((x) => [x.name, x]));
    expect(r.map((x) => x.name)).toEqual([
      'intercept', 'gamma_control[event_1]', 'gamma_control[event_2]', 'gamma_control[t]',
      'gamma_fourier[sin_1]', 'gamma_fourier[cos_1]', 'gamma_fourier[sin_2]', 'gamma_fourier[cos_2]',
      'adstock_alpha[x1]', 'adstock_alpha[x2]', 'saturation_lam[x1]', 'saturation_lam[x2]',
      'saturation_beta[x1]', 'saturation_beta[x2]', 'sigma',
    ]);
    expect(by['saturation_beta[x2]'].p[0]).toBe(0.6874);
    expect(by['intercept']).toMatchObject({ dist: 'Normal', p: [0.5, 0.2, 0, 0], transform: 'real' });
    expect(by['sigma']).toMatchObject({ dist: 'HalfNormal', p: [6, 0, 0, 0], transform: 'positive' });
    expect(by['adstock_alpha[x1]']).toMatchObject({ dist: 'Beta', transform: 'interval', lo: 0, hi: 1 });
  });

  it('keeps PyMC-Marketing defaults for keys not given', () => {
    const spec = pymcSpec();
    spec.likelihood = 'student-t';
    spec.trend = true;
    const by = Object.fromEntries(resolvePriors(spec).map((x) => [x.name, x]));
    expect(by['intercept']).toMatchObject({ dist: 'Normal', p: [0, 2, 0, 0] });
    expect(by['trend']).toMatchObject({ dist: 'Normal', p: [0, 1, 0, 0] });
    expect(by['gamma_fourier[cos_2]']).toMatchObject({ dist: 'Laplace', p: [0, 1, 0, 0] });
    expect(by['saturation_beta[x1]']).toMatchObject({ dist: 'HalfNormal', p: [2, 0, 0, 0] });
    expect(by['nu']).toMatchObject({ dist: 'Gamma', p: [2, 0.1, 0, 0] });
  });

  it('uses the curve-specific defaults and rescales a Beta on adstock_theta', () => {
    const spec = pymcSpec();
    spec.channels[0].saturation = 'michaelis-menten';
    spec.channels[1].saturation = 'hill';
    spec.channels[1].adstock = 'delayed';
    spec.priors = parsePriors({ adstock_theta: { dist: 'Beta', alpha: 2, beta: 2 } }, spec);
    const by = Object.fromEntries(resolvePriors(spec).map((x) => [x.name, x]));
    expect(by['saturation_lam[x1]']).toMatchObject({ dist: 'HalfNormal', p: [1, 0, 0, 0] });
    expect(by['saturation_kappa[x2]']).toMatchObject({ dist: 'HalfNormal', p: [1.5, 0, 0, 0] });
    expect(by['saturation_slope[x2]']).toMatchObject({ dist: 'HalfNormal', p: [1.5, 0, 0, 0] });
    expect(by['adstock_theta[x2]']).toMatchObject({ dist: 'Beta', transform: 'interval', lo: 0, hi: 7, shift: 0, scale: 7 });
    expect(by['adstock_theta[x1]']).toBeUndefined();
  });

  it('an ROI prior replaces saturation_beta', () => {
    const spec = pymcSpec();
    spec.priors = parsePriors({ roi: { dist: 'LogNormal', mu: 0.2, sigma: 0.9 } }, spec);
    const names = resolvePriors(spec).map((x) => x.name);
    expect(names).toContain('roi[x1]');
    expect(names).not.toContain('saturation_beta[x1]');
  });

  const bad: [string, unknown, RegExp][] = [
    ['unknown key', { saturation_alpha: { dist: 'Normal', mu: 0, sigma: 1 } }, /priors\.saturation_alpha: unknown parameter/],
    ['unknown distribution', { intercept: { dist: 'Cauchy', mu: 0, sigma: 1 } }, /priors\.intercept: unknown distribution "Cauchy"/],
    ['missing parameter', { sigma: { dist: 'HalfNormal' } }, /priors\.sigma: missing parameter "sigma" for HalfNormal/],
    ['unknown parameter', { sigma: { dist: 'HalfNormal', sigma: 1, mu: 0 } }, /priors\.sigma: unknown parameter "mu"/],
    ['non-positive scale', { intercept: { dist: 'Normal', mu: 0, sigma: 0 } }, /priors\.intercept: parameter "sigma" must be > 0/],
    ['non-number', { intercept: { dist: 'Normal', mu: 'a', sigma: 1 } }, /priors\.intercept: parameter "mu" must be a finite number/],
    ['wrong length', { saturation_beta: { dist: 'HalfNormal', sigma: [1, 2, 3] } }, /priors\.saturation_beta: parameter "sigma" has 3 values, expected 2 \(one per channel\)/],
    ['wrong control length', { gamma_control: { dist: 'Normal', mu: 0, sigma: [1, 2] } }, /priors\.gamma_control: parameter "sigma" has 2 values, expected 3 \(one per control\)/],
    ['list on a scalar', { intercept: { dist: 'Normal', mu: [0, 1], sigma: 1 } }, /priors\.intercept: parameter "mu" must be a single number/],
    ['bad list entry', { adstock_alpha: { dist: 'Beta', alpha: [1, -1], beta: 3 } }, /priors\.adstock_alpha\[1\]: parameter "alpha" must be > 0/],
    ['not an object', { intercept: 3 }, /priors\.intercept must be an object/],
    ['support conflict', { intercept: { dist: 'HalfNormal', sigma: 1 } }, /priors\.intercept: HalfNormal has support \[0, inf\] but intercept takes values in \[-inf, inf\]/],
    ['Beta on a positive parameter', { saturation_lam: { dist: 'Beta', alpha: 1, beta: 1 } }, /priors\.saturation_lam: Beta has support/],
    ['truncation inside the support', { saturation_beta: { dist: 'TruncatedNormal', mu: 0, sigma: 1, lower: 0.1 } }, /priors\.saturation_beta: TruncatedNormal has support \[0.1, inf\]/],
    ['lower above upper', { sigma: { dist: 'TruncatedNormal', mu: 0, sigma: 1, lower: 2, upper: 1 } }, /priors\.sigma: lower \(2\) must be below upper \(1\)/],
  ];
  for (const [label, json, re] of bad) {
    it(`rejects ${label}`, () => {
      expect(() => parsePriors(json, pymcSpec())).toThrow(re);
    });
  }

  it('rejects invalid JSON text and non-objects', () => {
    expect(() => parsePriors('{"intercept": ', pymcSpec())).toThrow(/priors: not valid JSON/);
    expect(() => parsePriors([1], pymcSpec())).toThrow(/priors must be a JSON object/);
  });

  it('accepts a wider prior than the support (truncated) and PyMC dims', () => {
    const spec = pymcSpec();
    expect(() => parsePriors({ sigma: { dist: 'Normal', mu: 0, sigma: 1 }, saturation_beta: { dist: 'HalfNormal', sigma: 1, dims: 'channel' } }, spec)).not.toThrow();
  });
});

describe('parsePriors: saturation_beta with roi', () => {
  it('is an error naming both keys (the beta prior would be ignored)', () => {
    const spec = pymcSpec();
    expect(() => parsePriors({ roi: { dist: 'LogNormal', mu: 0, sigma: 1 }, saturation_beta: { dist: 'HalfNormal', sigma: 1 } }, spec))
      .toThrow(/priors\.saturation_beta and priors\.roi: give one, not both/);
  });
});
