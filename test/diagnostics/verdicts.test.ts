// Convergence thresholds and their words (core/diagnostics/thresholds.ts, verdicts.ts): exact boundaries.
import { describe, expect, it } from 'vitest';
import { EBFMI_MIN, ESS_PER_CHAIN, essTarget, RHAT_BAD, RHAT_WARN } from '../../src/core/diagnostics/thresholds';
import { convergenceOk, convergenceSentence, essOk, parameterFindings, parameterLevel, problemFindings, rhatOk, runFindings } from '../../src/core/diagnostics/verdicts';
import type { Diagnostics, ParameterSummary } from '../../src/core/fit/model-json';
import { DEFAULT_FIT_CONFIG } from '../../src/core/engine/defaults';

const p = (rhat: number, ess_bulk: number, ess_tail = ess_bulk): ParameterSummary => ({ mean: 0, sd: 1, q03: -2, q97: 2, rhat, ess_bulk, ess_tail });
const clean: Diagnostics = { max_rhat: 1, min_ess_bulk: 1000, min_ess_tail: 1000, divergences: 0, treedepth_saturated: 0, ebfmi: [1, 1, 1, 1], seconds: 1, gradients: 1 };
const fit = DEFAULT_FIT_CONFIG;

describe('thresholds', () => {
  it('follow Stan and the posterior package', () => {
    expect([RHAT_WARN, RHAT_BAD, ESS_PER_CHAIN, EBFMI_MIN]).toEqual([1.01, 1.05, 100, 0.3]);
    expect(essTarget(4)).toBe(400);
    expect(essTarget(2)).toBe(200);
  });
});

describe('parameterLevel and parameterFindings', () => {
  it('R-hat: 1.01 is fine, above warns, above 1.05 (or undefined) is bad', () => {
    expect(parameterLevel(p(1.01, 400), 4)).toBe('ok');
    expect(parameterLevel(p(1.0101, 400), 4)).toBe('warn');
    expect(parameterLevel(p(1.05, 400), 4)).toBe('warn');
    expect(parameterLevel(p(1.0501, 400), 4)).toBe('bad');
    expect(parameterLevel(p(NaN, 400), 4)).toBe('bad');
  });
  it('ESS: 100 per chain, bulk and tail; the figure is floored so 399.6 reads 399 < 400', () => {
    expect(parameterLevel(p(1, 400, 400), 4)).toBe('ok');
    expect(parameterLevel(p(1, 399.6, 1000), 4)).toBe('warn');
    expect(parameterLevel(p(1, 1000, 399), 4)).toBe('warn');
    expect(parameterLevel(p(1, 200), 2)).toBe('ok');
    expect(parameterFindings('x', p(1, 399.6, 1000), 4)).toEqual(['x: bulk ESS 399 < 400: too few effective draws for a stable mean; draw more']);
    expect(parameterFindings('x', p(1, 1000), 4)).toEqual([]);
  });
});

describe('runFindings', () => {
  it('a clean fit: one all-clear line, no problems', () => {
    const f = runFindings(clean, { a: p(1, 1000) }, fit);
    expect(f.map((x) => x.level)).toEqual(['ok']);
    expect(problemFindings(f)).toEqual([]);
  });
  it('any divergence is bad, any tree-depth hit warns, E-BFMI below 0.3 warns per chain (0.3 itself is fine)', () => {
    const f = runFindings({ ...clean, divergences: 1, treedepth_saturated: 2, ebfmi: [0.3, 0.29, 1, 1] }, { a: p(1, 1000) }, fit);
    expect(f.map((x) => x.level)).toEqual(['bad', 'warn', 'warn']);
    expect(f[0].text).toMatch(/^1 divergent transition: .*raise target acceptance \(e\.g\. 0\.95\)/);
    expect(f[1].text).toMatch(/^2 iterations hit the maximum tree depth \(10\)/);
    expect(f[2].text).toMatch(/^E-BFMI 0\.29 < 0\.3 on chain 2/);
  });
  it('names the worst R-hat and counts the rest; a cancelled fit comes first', () => {
    const f = runFindings(clean, { a: p(1.02, 1000), b: p(1.2, 1000), c: p(1.03, 1000) }, fit, true);
    expect(f[0]).toEqual({ level: 'bad', text: 'The fit was cancelled: it holds fewer draws than asked for.' });
    expect(f[1]).toEqual({ level: 'bad', text: 'R-hat 1.200 > 1.01 (b and 2 more): chains disagree; run longer.' });
  });
});

describe('per-cell checks (the Fit page flags R-hat and ESS cells with these)', () => {
  it('rhatOk and essOk share the thresholds of parameterLevel', () => {
    expect([rhatOk(1.01), rhatOk(1.0101), rhatOk(NaN)]).toEqual([true, false, false]);
    expect([essOk(400, 4), essOk(399.9, 4), essOk(NaN, 4)]).toEqual([true, false, true]);
  });
});

describe('convergenceOk and convergenceSentence (report, Results page)', () => {
  it('agree with the run findings at the R-hat boundary and on divergences', () => {
    expect(convergenceOk(clean)).toBe(true);
    expect(convergenceOk({ ...clean, max_rhat: 1.01 })).toBe(true);
    expect(convergenceOk({ ...clean, max_rhat: 1.0101 })).toBe(false);
    expect(convergenceOk({ ...clean, max_rhat: NaN })).toBe(false);
    expect(convergenceOk({ ...clean, divergences: 1 })).toBe(false);
    for (const d of [clean, { ...clean, max_rhat: 1.0101 }, { ...clean, divergences: 1 }]) {
      const rhatOrDivergence = runFindings(d, { a: p(d.max_rhat, 1000) }, fit).some((f) => /R-hat|divergent/.test(f.text) && f.level !== 'ok');
      expect(convergenceOk(d)).toBe(!rhatOrDivergence);
    }
  });
  it('says so in one sentence', () => {
    expect(convergenceSentence(clean)).toBe('The chains converged: no divergences and every R-hat at or below 1.01.');
    expect(convergenceSentence({ ...clean, divergences: 3 })).toBe('Check before relying on these results: divergences or R-hat above 1.01.');
  });
});
