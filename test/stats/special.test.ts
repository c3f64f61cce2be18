// Special functions: the Normal CDF and quantile, log-gamma and digamma, the Beta CDF and quantile; values from R.
import { describe, expect, it } from 'vitest';
import {
  betaCdf, betaQuantile, digamma, lgamma, normalCdf, normalQuantile,
  betaQuantile as qbeta, betaCdf as pbeta, normalQuantile as qnorm,
} from '../../src/core/stats';

describe('special functions', () => {
  it('qnorm and qbeta invert their CDFs', () => {
    expect(qnorm(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(qnorm(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    expect(qnorm(0.5)).toBe(0);
    for (const [p, a, b] of [[0.16, 2, 5], [0.84, 50, 950], [0.5, 1, 1]]) expect(pbeta(qbeta(p, a, b), a, b)).toBeCloseTo(p, 12);
  });
  it('normalQuantile: the ends and outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
    // Symmetric to the last bit: qnorm(p) = -qnorm(1 - p) for p where 1 - p is exact.
    expect(normalQuantile(0.25)).toBe(-normalQuantile(0.75));
  });
  it('normalCdf: known values (R pnorm) within its 1.2e-7 relative error', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054) / 0.975).toBeCloseTo(1, 6);
    expect(normalCdf(-3) / 0.0013498980316301).toBeCloseTo(1, 6);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });
  it('lgamma and digamma: known values', () => {
    // lgamma(0.5) = log(sqrt(pi)); lgamma(1) = lgamma(2) = 0; lgamma(10) = log(9!); digamma(1) = -Euler's gamma.
    expect(lgamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(Math.abs(lgamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(lgamma(2))).toBeLessThan(1e-14);
    expect(lgamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(lgamma(171.5) / 709.1431630309282).toBeCloseTo(1, 13);
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 13);
  });
  it('Beta CDF and quantile: the ends, known values and invalid arguments', () => {
    expect(betaCdf(0, 2, 3)).toBe(0);
    expect(betaCdf(1, 2, 3)).toBe(1);
    // Beta(1, 1) is uniform; Beta(2, 3) at 0.5 is 11/16 (R pbeta(0.5, 2, 3)).
    expect(betaCdf(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(betaCdf(0.5, 2, 3)).toBeCloseTo(11 / 16, 14);
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(betaQuantile(11 / 16, 2, 3)).toBeCloseTo(0.5, 12);
    expect(betaQuantile(1.5, 2, 3)).toBeNaN();
    expect(betaQuantile(0.5, 0, 3)).toBeNaN();
    expect(betaQuantile(NaN, 2, 3)).toBeNaN();
  });
});
