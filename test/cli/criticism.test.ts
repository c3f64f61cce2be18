// `marginal summary` prints the model criticism and the verdict (src/cli/criticism.ts over core/criticism).
import { describe, expect, it } from 'vitest';
import { criticismLines } from '../../src/cli/criticism';
import { summaryText } from '../../src/cli/table';
import { modelCriticism } from '../../src/core/criticism';
import { fixtureModel } from '../fixtures/model';

describe('criticism in the CLI summary', () => {
  const model = fixtureModel({ chains: 2, draws: 30, periods: 36, holdout: 6 });
  const c = modelCriticism(model, { priorDraws: 100 });
  const lines = criticismLines(model, c);

  it('LOO, Pareto k, LOO-PIT, residual lags, ROI contraction, holdout density and the verdict with its reasons', () => {
    expect(lines[0]).toMatch(/^Model criticism \(PSIS-LOO over 30 fitted periods and 60 draws/);
    const text = lines.join('\n');
    if (c.loo.elpd_loo) expect(text).toContain(`elpd_loo ${c.loo.elpd_loo.estimate.toFixed(1)} (SE ${c.loo.elpd_loo.se.toFixed(1)})`);
    expect(text).toMatch(/^Pareto k: \d+ good \(<= 0.5\), \d+ ok/m);
    expect(text).toMatch(/^LOO-PIT: /m);
    expect(text).toMatch(/^residual autocorrelation: lag 1 .*lag 4 /m);
    expect(text).toMatch(/^ROI contraction .*: tv -?\d\.\d\d, search -?\d\.\d\d$/m);
    expect(text).toMatch(/^out-of-sample: log predictive density .* over 6 held-out periods/m);
    expect(text).toContain(`verdict: ${c.verdict.headline}`);
    for (const r of c.verdict.reasons) expect(text).toContain(`  - ${r}`);
  });

  it('summaryText adds the block only when asked (fit and summary ask)', () => {
    expect(summaryText(model)).not.toContain('Model criticism');
    expect(summaryText(model, { criticism: true })).toContain('Model criticism');
  });

  it('all Pareto k bad: says elpd_loo is not reported', () => {
    const bad = fixtureModel({ chains: 2, draws: 30, periods: 30 });
    bad.draws.sigma = bad.draws.sigma.map((ch) => ch.map((s) => s * 1e-3));
    const text = criticismLines(bad, modelCriticism(bad, { priorDraws: 100 })).join('\n');
    expect(text).toContain('elpd_loo: not reported');
    expect(text).toContain('verdict: do not plan on this model:');
  });
});
