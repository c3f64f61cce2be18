// The verdict in words: each check that calls for care or rules the model out says so, worst first; a clean model is
// ready to plan; a model whose Pareto k are all bad is ruled out and its elpd is not reported.
import { describe, expect, it } from 'vitest';
import { modelVerdict, pitCalibration, residualAcf, type ModelCriticism } from '../../src/core/criticism';

type Input = Omit<ModelCriticism, 'verdict'>;

/** A clean criticism: calibrated PIT (evenly spread), white residuals, every k good, ROIs well learned, sampler clean. */
function clean(n = 100): Input {
  const pit = Float64Array.from({ length: n }, (_, i) => (i + 0.5) / n);
  return {
    loo: {
      n, draws: 1000, elpd_loo: { estimate: -500, se: 8 }, p_loo: { estimate: 12, se: 2 }, looic: { estimate: 1000, se: 16 },
      k: { good: n, ok: 0, bad: 0, veryBad: 0, max: 0.3 }, pointwiseElpd: new Float64Array(n), paretoK: new Float64Array(n).fill(0.3),
      badPeriods: [],
    },
    pit, calibration: pitCalibration(pit), residualAcf: { acf: [0.05, -0.02, 0.01, 0], band: 0.196 },
    contraction: { tv: { priorSd: 1, posteriorSd: 0.3, contraction: 0.91 } },
    sampler: [{ level: 'ok', text: 'All R-hat ≤ 1.01 …: no sign of convergence problems.' }],
    divergenceShare: 0,
  };
}

describe('modelVerdict', () => {
  it('a clean model is ready to plan', () => {
    const v = modelVerdict(clean());
    expect(v).toEqual({ level: 'ready', headline: 'ready to plan', reasons: [], text: 'ready to plan.' });
  });

  it('all Pareto k bad: do not plan, and no elpd to report', () => {
    const c = clean();
    c.loo = { ...c.loo, elpd_loo: undefined, p_loo: undefined, looic: undefined, k: { good: 0, ok: 0, bad: 40, veryBad: 60, max: 2.1 } };
    const v = modelVerdict(c);
    expect(v.level).toBe('stop');
    expect(v.text).toMatch(/^do not plan on this model: Pareto k > 0.7 for 100 of 100 periods: .*elpd_loo is not reported/);
  });

  it('some bad k, miscalibrated PIT, autocorrelated residuals, an ROI from its prior, a sampler warning: plan with care, each said', () => {
    const c = clean();
    c.loo = { ...c.loo, k: { good: 95, ok: 2, bad: 3, veryBad: 0, max: 0.9 }, badPeriods: ['2024-03-04', '2023-12-25', '2024-01-01'] };
    const narrow = Float64Array.from({ length: 100 }, (_, i) => (i % 2 ? 0.01 + i * 0.0001 : 0.99 - i * 0.0001));
    c.calibration = pitCalibration(narrow);
    c.residualAcf = residualAcf(Float64Array.from({ length: 100 }, (_, i) => Math.sin(i / 5)));
    c.contraction = { tv: { priorSd: 1, posteriorSd: 0.3, contraction: 0.91 }, email: { priorSd: 1, posteriorSd: 0.99, contraction: 0.02 } };
    c.sampler = [{ level: 'warn', text: 'Smallest bulk ESS is 350 (< 400): some posterior means are noisy; draw more.' }];
    const v = modelVerdict(c);
    expect(v.level).toBe('care');
    expect(v.headline).toBe('plan with care');
    expect(v.reasons).toHaveLength(5);
    expect(v.reasons[0]).toBe('sampler: Smallest bulk ESS is 350 (< 400)');
    expect(v.reasons[1]).toBe('Pareto k > 0.7 for 3 of 100 periods (2024-03-04, 2023-12-25, 2024-01-01): those periods are outliers or highly influential, and elpd_loo is optimistic');
    expect(v.reasons[2]).toMatch(/^the predictive intervals are too narrow/);
    expect(v.reasons[3]).toMatch(/^residuals are autocorrelated \(lag 1: 0\.9\d, lag 2: 0\.9\d/);
    expect(v.reasons[4]).toMatch(/^email \(contraction 0\.02\): ROI learned mostly from the prior/);
    expect(v.text.startsWith('plan with care: sampler: Smallest bulk ESS')).toBe(true);
  });

  it('divergences or a holdout worse than its mean rule the model out, before any reason for care', () => {
    const c = clean();
    c.sampler = [
      { level: 'bad', kind: 'divergences', text: '60 divergent transitions: the sampler could not follow the posterior\'s curvature, …' },
      { level: 'warn', text: '3 iterations hit the maximum tree depth (10): sampling was inefficient, not wrong.' },
    ];
    c.divergenceShare = 60 / 4000;
    c.holdout = { periods: 13, atMean: { r2: -0.4, mape: 0.2, nrmse: 0.3 }, lpd: -150 };
    const v = modelVerdict(c);
    expect(v.level).toBe('stop');
    expect(v.reasons).toEqual([
      'sampler: 60 divergent transitions',
      'out-of-sample R² -0.40 on the 13 held-out periods: it predicts them worse than their own mean',
      'sampler: 3 iterations hit the maximum tree depth (10)',
    ]);
  });
});

it('a few divergences (at most 1% of the draws) call for care, not a stop', () => {
  const c = clean();
  c.sampler = [{ level: 'bad', kind: 'divergences', text: '2 divergent transitions: the sampler could not follow …' }];
  c.divergenceShare = 2 / 4000;
  expect(modelVerdict(c)).toMatchObject({ level: 'care', reasons: ['sampler: 2 divergent transitions'] });
});

describe('LOO-PIT calibration and residual autocorrelation', () => {
  it('uniform PIT is calibrated; PIT piled at the ends is too narrow; PIT near 1 means the model predicts too low', () => {
    const n = 200;
    expect(pitCalibration(Float64Array.from({ length: n }, (_, i) => (i + 0.5) / n)).shape).toBe('calibrated');
    expect(pitCalibration(Float64Array.from({ length: n }, (_, i) => (i % 2 ? 0.02 : 0.98))).shape).toBe('too narrow');
    expect(pitCalibration(Float64Array.from({ length: n }, () => 0.5)).shape).toBe('too wide');
    expect(pitCalibration(Float64Array.from({ length: n }, (_, i) => 0.6 + (0.4 * i) / n)).shape).toBe('predicts too low');
  });
  it('acf is R\'s: lag-k autocovariance over the lag-0 one, both divided by n', () => {
    // x = 1, -1, 1, -1: lag 1 sums 3 products of -1 over a lag-0 sum of 4.
    const { acf, band } = residualAcf([1, -1, 1, -1]);
    expect(acf.slice(0, 3)).toEqual([-0.75, 0.5, -0.25]);
    expect(Number.isNaN(acf[3])).toBe(true);
    expect(band).toBeCloseTo(0.98, 12);
  });
});
