// The app's plain-logic modules (no browser): ROI beliefs in words, column roles, spec sync, diagnostics in words, CSV round trip.
import { describe, expect, test } from 'vitest';
import { generateDemoData } from '../../src/core/data/demo';
import { ingestCsv } from '../../src/core/data/ingest';
import { parsePriors } from '../../src/core/model/priors';
import { defaultSpec } from '../../src/core/model/defaults';
import { credibleInterval } from '../../src/core/stats';
import { inHeaderOrder, roleOf, sameMapping, withRole } from '../../src/ui/data/mapping';
import { dataToCsv } from '../../src/ui/data/to-csv';
import { parameterLevel, runFindings } from '../../src/core/diagnostics/verdicts';
import { prettyJson } from '../../src/ui/model/pretty-json';
import { roiPrior, roiPriorToWords, roiWordsProblem, roiWordsToLogNormal, Z94 } from '../../src/core/model/roi-words';
import { samplePriorPredictive } from '../../src/core/model/prior-predictive';
import { specMatches, syncSpec } from '../../src/ui/model/sync-spec';

describe('ROI beliefs in words', () => {
  test('"around 1.5x, could be 0.5x to 4x" is LogNormal(ln 1.5, ln 8 / (2 z94))', () => {
    const p = roiWordsToLogNormal({ around: 1.5, low: 0.5, high: 4 });
    expect(p.mu).toBeCloseTo(Math.log(1.5), 12);
    expect(p.sigma).toBeCloseTo(Math.log(8) / (2 * 1.8807936), 6);
    expect(Z94).toBeCloseTo(1.88079, 5);
  });

  test('the prior JSON it writes is accepted by src/core and reads back as the same beliefs (to 2 digits)', () => {
    const demo = generateDemoData(1);
    const spec = defaultSpec(demo.mapping, demo.data.frequency);
    const words = spec.channels.map((_, i) => ({ around: 1 + i / 2, low: 0.5, high: 4 + i }));
    const priors = parsePriors({ roi: roiPrior(words) }, spec);
    expect(priors.roi.dist).toBe('LogNormal');
    const back = roiPriorToWords(priors.roi, spec.channels.length)!;
    back.forEach((w, i) => expect(w.around).toBeCloseTo(words[i].around, 1));
  });

  test('prior-predictive ROI draws (what the preview shows): 94% of draws fall in the stated range', () => {
    // 4000 draws: the 3% quantile's Monte Carlo sd is ~ sqrt(.03*.97/4000)/pdf ~ 0.05 on the log scale, so 0.15 is 3 sd.
    const demo = generateDemoData(1);
    const spec = defaultSpec(demo.mapping, demo.data.frequency);
    spec.priors = { roi: roiPrior(spec.channels.map(() => ({ around: 2, low: 0.5, high: 8 }))) };
    const draws = samplePriorPredictive(spec, demo.data, { draws: 4000, seed: 11 }).roi[spec.channels[0].name];
    const ci = credibleInterval(draws, 0.94);
    expect(Math.abs(Math.log(ci.lower) - Math.log(0.5))).toBeLessThan(0.15);
    expect(Math.abs(Math.log(ci.upper) - Math.log(8))).toBeLessThan(0.15);
  });

  test('impossible beliefs are explained', () => {
    expect(roiWordsProblem({ around: 1, low: 2, high: 3 })).toMatch(/low < around < high/);
    expect(roiWordsProblem({ around: -1, low: 0.5, high: 3 })).toMatch(/positive/);
    expect(roiWordsProblem({ around: 1, low: 0.5, high: 3 })).toBeNull();
  });
});

describe('column roles', () => {
  const m = { date: 'd', kpi: 'y', channels: ['a', 'b'], controls: ['c'] };
  test('moving a column between roles keeps one date and one KPI', () => {
    expect(roleOf(m, 'a')).toBe('channel');
    const n = withRole(m, 'c', 'kpi');
    expect(n).toEqual({ date: 'd', kpi: 'c', channels: ['a', 'b'], controls: [] });
    expect(roleOf(n, 'y')).toBe('ignore');
    expect(withRole(m, 'a', 'ignore').channels).toEqual(['b']);
  });
  test('channels follow the header order whatever order they were picked in', () => {
    const n = inHeaderOrder({ ...m, channels: ['b', 'a'] }, ['d', 'y', 'a', 'b', 'c']);
    expect(n.channels).toEqual(['a', 'b']);
    expect(sameMapping(n, m)).toBe(true);
  });
});

describe('spec sync', () => {
  test('a remap keeps per-channel choices and the holdout, and drops lift tests of channels that go', () => {
    const old = defaultSpec({ date: 'd', kpi: 'y', channels: ['a', 'b'], controls: [] }, 'weekly');
    old.channels[0].saturation = 'hill';
    old.yearly = 3;
    old.liftTests = [{ channel: 'b', x: 1, deltaX: 1, deltaY: 1, sigma: 1 }];
    old.holdout = 13;
    const m = { date: 'd', kpi: 'y', channels: ['a', 'c'], controls: [] };
    const s = syncSpec(m, 'weekly', old);
    expect(specMatches(s, m)).toBe(true);
    expect(s.channels.map((c) => [c.name, c.saturation])).toEqual([['a', 'hill'], ['c', 'logistic']]);
    expect(s.yearly).toBe(3);
    expect(s.liftTests).toEqual([]);
    expect(s.holdout).toBe(13);
  });
});

describe('diagnostics in words', () => {
  const p = (rhat: number, ess: number) => ({ mean: 0, sd: 1, q03: -2, q97: 2, rhat, ess_bulk: ess, ess_tail: ess });
  const fit = { chains: 4, warmup: 1000, draws: 1000, seed: 1, targetAccept: 0.8, maxDepth: 10 };
  const diag = { max_rhat: 1.04, min_ess_bulk: 120, min_ess_tail: 90, divergences: 3, treedepth_saturated: 0, ebfmi: [0.9, 0.2], seconds: 1, gradients: 1 };
  test('R-hat, ESS, divergences and E-BFMI are each explained with what to do', () => {
    const text = runFindings(diag, { a: p(1.04, 120), b: p(1.0, 5000) }, fit).map((f) => f.text).join('\n');
    expect(text).toMatch(/R-hat 1\.040 > 1\.01 \(a\): chains disagree; run longer/);
    expect(text).toMatch(/bulk ESS is 120 \(< 400\)/);
    expect(text).toMatch(/3 divergent transitions/);
    expect(text).toMatch(/E-BFMI 0\.20 < 0\.3 on chain 2/);
  });
  test('a clean fit says so, and parameter levels follow the thresholds', () => {
    const clean = runFindings({ ...diag, max_rhat: 1, min_ess_bulk: 900, min_ess_tail: 900, divergences: 0, ebfmi: [1, 1] }, { a: p(1.0, 900) }, fit);
    expect(clean).toHaveLength(1);
    expect(clean[0].level).toBe('ok');
    expect(parameterLevel(p(1.0, 900), 4)).toBe('ok');
    expect(parameterLevel(p(1.02, 900), 4)).toBe('warn');
    expect(parameterLevel(p(1.2, 900), 4)).toBe('bad');
    expect(parameterLevel(p(NaN, 900), 4)).toBe('bad');
  });
});

describe('data written back to CSV', () => {
  test('a model.json dataset round-trips through CSV and ingest unchanged', () => {
    const demo = generateDemoData(1);
    const { csv, mapping } = dataToCsv(demo.data, 'date');
    const r = ingestCsv(csv, mapping);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data).toEqual(demo.data);
  });
  test('awkward column names are quoted', () => {
    const data = { dates: ['2024-01-01'], frequency: 'weekly' as const, dayOfYear: [1], kpiName: 'sales, net', kpi: [1], channels: { 'tv "big"': [2] }, controls: {} };
    expect(dataToCsv(data, 'date').csv.split('\n')[0]).toBe('date,"sales, net","tv ""big"""');
  });
});

test('pretty JSON keeps number lists on one line', () => {
  expect(prettyJson({ roi: { dist: 'LogNormal', mu: [0.4, -1e-3] } })).toBe('{\n  "roi": {\n    "dist": "LogNormal",\n    "mu": [0.4, -0.001]\n  }\n}');
});
