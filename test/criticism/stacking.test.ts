// Stacking weights against loo::loo_model_weights(method = "stacking") (test/fixtures/loo/loo-reference.json). loo
// optimises with constrOptim (BFGS, relative tolerance 1e-8 on the objective), so its weights are only as exact as that
// stopping rule (6e-8 from ours on the interior case); ours must reach at least its objective and lie within 1e-6 of its
// weights, interior optimum or vertex (weights 1e-8 from 0 and 1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { psisLoo, relativeEff, stackingObjective, stackingWeights } from '../../src/core/criticism';

interface Case { name: string; S: number; N: number; chains: number; log_lik: number[] }
const ref = JSON.parse(readFileSync(new URL('../fixtures/loo/loo-reference.json', import.meta.url), 'utf8')) as {
  cases: Case[];
  stacking: {
    poor_log_lik: number[];
    two: { weights: number[] }; three: { weights: number[] };
    mix: { N: number; lpd_point: number[][]; weights: number[]; objective: number };
  };
};

function pointwiseElpd(ll: number[], S: number, N: number, chains: number): Float64Array {
  const v = Float64Array.from(ll);
  return psisLoo(v, S, N, relativeEff(v, S, N, chains)).pointwise.elpd_loo;
}

describe('stacking weights', () => {
  it('an interior optimum: at least loo\'s objective, weights within 1e-6 of loo\'s, summing to 1', () => {
    const { lpd_point, weights, objective } = ref.stacking.mix;
    const w = stackingWeights(lpd_point);
    expect(w[0] + w[1]).toBeCloseTo(1, 12);
    expect(stackingObjective(lpd_point, w)).toBeGreaterThanOrEqual(objective - 1e-9);
    w.forEach((x, k) => expect(Math.abs(x - weights[k])).toBeLessThan(1e-6));
  });

  it('a vertex optimum (Normal vs Student-t on heavy-tailed data, and a poor third): loo\'s weights to 1e-6, from our own LOO', () => {
    const byName = (n: string) => ref.cases.find((c) => c.name === n)!;
    const h = byName('heavy_normal'), t = byName('heavy_student_t');
    const lpdH = pointwiseElpd(h.log_lik, h.S, h.N, h.chains);
    const lpdT = pointwiseElpd(t.log_lik, t.S, t.N, t.chains);
    const lpdP = pointwiseElpd(ref.stacking.poor_log_lik, h.S, h.N, h.chains);
    stackingWeights([lpdH, lpdT]).forEach((x, k) => expect(Math.abs(x - ref.stacking.two.weights[k])).toBeLessThan(1e-6));
    stackingWeights([lpdH, lpdT, lpdP]).forEach((x, k) => expect(Math.abs(x - ref.stacking.three.weights[k])).toBeLessThan(1e-6));
  });

  it('bad input: one model, or models of different lengths, is an error naming it', () => {
    expect(() => stackingWeights([[1, 2]])).toThrow('at least two models');
    expect(() => stackingWeights([[1, 2], [1]])).toThrow('model 2 has 1 pointwise elpd values, model 1 has 2');
    expect(() => stackingWeights([[1, 2], [1, NaN]])).toThrow('model 2, observation 2');
  });
});
