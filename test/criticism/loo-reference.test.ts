// PSIS-LOO, relative efficiency and LOO-PIT against the `loo` R package (2.5.1) and rstantools::loo_pit (2.2) on fixed
// log-likelihood matrices (test/fixtures/loo/loo-reference.json, made by scripts/loo-fixtures.R). Both sides compute in
// float64 from the same doubles; 1e-6 relative leaves room only for summation order and libm differences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looPit, psisLoo, relativeEff } from '../../src/core/criticism';

/** [estimate, SE], a row of loo's estimates table. */
type Est = [number, number];
interface Case {
  name: string; S: number; N: number; chains: number; log_lik: number[]; r_eff: number[];
  elpd_loo: Est; p_loo: Est; looic: Est;
  pointwise_elpd_loo: number[]; pointwise_mcse_elpd_loo: number[]; pointwise_p_loo: number[];
  pareto_k: number[]; n_eff: number[]; tail_len: number[];
  weights_obs: number[]; log_weights: number[][];
  y?: number[]; yrep?: number[]; loo_pit?: number[];
}
const ref = JSON.parse(readFileSync(new URL('../fixtures/loo/loo-reference.json', import.meta.url), 'utf8')) as { loo_version: string; cases: Case[] };

function close(actual: number, expected: number, rel = 1e-6) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-12));
}
function closeAll(actual: ArrayLike<number>, expected: number[], rel = 1e-6) {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => close(actual[i], e, rel));
}

it('the fixture was made by loo 2.5.1', () => expect(ref.loo_version).toBe('2.5.1'));

describe.each(ref.cases)('loo agreement: $name', (c) => {
  const ll = Float64Array.from(c.log_lik);
  const rEff = relativeEff(ll, c.S, c.N, c.chains);
  const loo = psisLoo(ll, c.S, c.N, rEff);
  it('relative efficiency of exp(log_lik) over the chains', () => closeAll(rEff, c.r_eff));
  it('elpd_loo, p_loo and looic with their SEs', () => {
    close(loo.elpd_loo.estimate, c.elpd_loo[0]);
    close(loo.elpd_loo.se, c.elpd_loo[1]);
    close(loo.p_loo.estimate, c.p_loo[0]);
    close(loo.p_loo.se, c.p_loo[1]);
    close(loo.looic.estimate, c.looic[0]);
    close(loo.looic.se, c.looic[1]);
  });
  it('pointwise elpd, its MCSE, p_loo, Pareto k and PSIS n_eff', () => {
    closeAll(loo.pointwise.elpd_loo, c.pointwise_elpd_loo);
    closeAll(loo.pointwise.mcse_elpd_loo, c.pointwise_mcse_elpd_loo);
    closeAll(loo.pointwise.p_loo, c.pointwise_p_loo);
    closeAll(loo.pointwise.pareto_k, c.pareto_k);
    closeAll(loo.pointwise.n_eff, c.n_eff);
  });
  it('smoothed, truncated, normalised log weights draw by draw', () => {
    c.weights_obs.forEach((obs, j) => {
      const i = obs - 1;
      closeAll(Array.from({ length: c.S }, (_, s) => loo.logWeights[s * c.N + i]), c.log_weights[j]);
    });
  });
  it.runIf(c.loo_pit !== undefined)('LOO-PIT with the PSIS weights', () => {
    const pit = looPit(c.y!, Float64Array.from(c.yrep!), loo.logWeights, c.S, c.N);
    closeAll(pit, c.loo_pit!);
  });
});

it('the heavy-tailed fixture has bad k (so the bad branch is covered) and the all-bad one has every k > 0.7', () => {
  const k = (name: string) => ref.cases.find((c) => c.name === name)!.pareto_k;
  expect(k('heavy_normal').some((v) => v > 0.7)).toBe(true);
  expect(k('all_bad').every((v) => v > 0.7)).toBe(true);
});
