// Run-level diagnostics: worst R-hat/ESS over parameters, divergence and tree-depth counts, ragged (cancelled) chains.
import { describe, expect, it } from 'vitest';
import { runDiagnostics, summarizeParameters } from '../../src/core/fit/fit-diagnostics';
import { collectSamplerStats } from '../../src/core/fit/collect-draws';
import { createRng } from '../../src/core/stats';
import type { SamplerStats } from '../../src/core/fit/model-json';

const rng = createRng(9);
const chain = (n: number, shift = 0) => Array.from({ length: n }, () => rng.normal() + shift);

describe('fit diagnostics', () => {
  it('takes the worst figure over parameters and counts divergences and saturated trees', () => {
    const params = summarizeParameters({ good: [chain(200), chain(200)], bad: [chain(200), chain(200, 3)] });
    expect(params.bad.rhat).toBeGreaterThan(1.5);
    const stats = {
      divergent: [[0, 1, 0], [1, 1, 0]], treedepth: [[10, 3, 10], [4, 4, 4]], energy: [[1, 2, 1.5], [0, 1, 0.5]],
    } as unknown as SamplerStats;
    const d = runDiagnostics(params, stats, 10, 12.5, 999);
    expect(d.max_rhat).toBe(params.bad.rhat);
    expect(d.min_ess_bulk).toBe(Math.min(params.good.ess_bulk, params.bad.ess_bulk));
    expect(d.divergences).toBe(3);
    expect(d.treedepth_saturated).toBe(2);
    expect(d.ebfmi.length).toBe(2);
    expect(d).toMatchObject({ seconds: 12.5, gradients: 999 });
  });

  it('ragged chains (a cancelled run) are truncated to a common length; empty chains are dropped', () => {
    const p = summarizeParameters({ a: [chain(50), chain(30), []] });
    expect(Number.isFinite(p.a.rhat)).toBe(true);
    expect(Number.isFinite(p.a.ess_bulk)).toBe(true);
    const none = summarizeParameters({ a: [[], []] });
    expect(none.a.mean).toBeNaN();
  });

  it('a parameter that never moves does not hide the others', () => {
    const params = summarizeParameters({ fixed: [new Array(100).fill(1), new Array(100).fill(1)], free: [chain(100), chain(100)] });
    const d = runDiagnostics(params, { divergent: [], treedepth: [], energy: [] } as unknown as SamplerStats, 10, 1, 1);
    expect(Number.isFinite(d.max_rhat)).toBe(true);
  });

  it('sampler stats are cut to the completed draws', () => {
    const stats = Object.fromEntries(['accept_stat', 'stepsize', 'treedepth', 'n_leapfrog', 'divergent', 'energy', 'lp'].map((s) => [s, new Float64Array([1, 2, 3, 4])]));
    const s = collectSamplerStats([{ completedDraws: 2, stats } as never]);
    expect(s.lp).toEqual([[1, 2]]);
  });
});
