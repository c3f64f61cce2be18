// Our diagnostics against values the `posterior` R package (1.4) computed on the same fixed draws
// (test/fixtures/diagnostics/posterior-reference.json, made by scripts/posterior-fixtures.R).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  rhat, rhatBasic, essBulk, essTail, essBasic, essMean, essQuantile, mcseMean, mcseSd, mcseQuantile, pooled,
} from '../../src/core/diagnostics';
import { quantile } from '../../src/core/stats';

interface Case { name: string; draws: number[][]; [k: string]: unknown }
const ref = JSON.parse(readFileSync(new URL('../fixtures/diagnostics/posterior-reference.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

function close(actual: number, expected: number, rel = 1e-6) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-12));
}

describe.each(ref.cases)('posterior 1.4 agreement: $name', (c) => {
  const x = c.draws;
  const num = (k: string) => c[k] as number;
  it('rhat (max of bulk and tail) and basic split rhat', () => {
    close(rhat(x), num('rhat'));
    close(rhatBasic(x), num('rhat_basic'));
  });
  it('bulk, tail, basic and mean ESS', () => {
    close(essBulk(x), num('ess_bulk'));
    close(essTail(x), num('ess_tail'));
    close(essBasic(x), num('ess_basic'));
    close(essMean(x), num('ess_mean'));
    close(essQuantile(x, 0.05), num('ess_q05'));
    close(essQuantile(x, 0.95), num('ess_q95'));
  });
  it('MCSE of mean, sd and quantiles', () => {
    close(mcseMean(x), num('mcse_mean'));
    close(mcseSd(x), num('mcse_sd'));
    close(mcseQuantile(x, 0.05), num('mcse_q05'));
    close(mcseQuantile(x, 0.95), num('mcse_q95'));
  });
  it('quantiles (type 7)', () => {
    close(quantile(pooled(x), 0.03), num('q03'));
    close(quantile(pooled(x), 0.97), num('q97'));
  });
});
