// Edge semantics pinned as posterior has them: NA (here NaN) for constant or non-finite draws, tiny chains.
import { describe, expect, it } from 'vitest';
import { rhat, essBulk, essTail, summarizeDraws, splitChains, averageRanks, ebfmi, countDivergences, countTreedepthSaturated } from '../../src/core/diagnostics';
import { normalQuantile as qnorm } from '../../src/core/stats';

describe('diagnostics edge cases', () => {
  it('constant draws give NaN, not Infinity or a throw', () => {
    const x = [new Float64Array(100).fill(2), new Float64Array(100).fill(2)];
    expect(rhat(x)).toBeNaN();
    expect(essBulk(x)).toBeNaN();
    expect(essTail(x)).toBeNaN();
  });
  it('a NaN or infinite draw gives NaN', () => {
    const a = Float64Array.from({ length: 50 }, (_, i) => Math.sin(i));
    const b = a.slice();
    b[7] = NaN;
    expect(rhat([a, b])).toBeNaN();
    b[7] = Infinity;
    expect(essBulk([a, b])).toBeNaN();
  });
  it('fewer than 3 iterations per split chain gives NaN ESS', () => {
    expect(essBulk([[1, 2, 3, 4], [2, 3, 1, 0]])).toBeNaN();
  });
  it('split drops the middle draw of an odd-length chain', () => {
    expect(splitChains([[1, 2, 3, 4, 5]]).map((c) => Array.from(c))).toEqual([[1, 2], [4, 5]]);
  });
  it('average ranks for ties', () => {
    expect(Array.from(averageRanks([3, 1, 3, 2]))).toEqual([3.5, 1, 3.5, 2]);
  });
  it('summary of iid draws: mean near 0, R-hat near 1', () => {
    // A fixed LCG-driven sequence; not random: the assertions are deterministic.
    let s = 12345;
    const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
    const chains = [0, 1, 2, 3].map(() => Float64Array.from({ length: 400 }, () => qnorm(u())));
    const sm = summarizeDraws(chains);
    expect(Math.abs(sm.mean)).toBeLessThan(4 * sm.mcse_mean);
    expect(sm.rhat).toBeLessThan(1.01);
    expect(sm.q03).toBeLessThan(sm.q97);
  });
  it('E-BFMI: white-noise energies give about 2, a slow random walk gives near 0', () => {
    // iid energies: E[(e_t - e_t-1)^2] = 2 var, so E-BFMI -> 2; its sd at n = 1000 is ~0.07, so (1.7, 2.3) is > 4 sd wide.
    let s = 777;
    const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
    const noise = Float64Array.from({ length: 1000 }, () => qnorm(u()));
    expect(ebfmi(noise)).toBeGreaterThan(1.7);
    expect(ebfmi(noise)).toBeLessThan(2.3);
    const walk = Float64Array.from({ length: 1000 }, (_, i) => i * 0.01);
    expect(ebfmi(walk)).toBeLessThan(0.01);
  });
  it('counts divergences and saturated tree depths', () => {
    expect(countDivergences([[0, 1, 0], [1, 1, 0]])).toBe(3);
    expect(countTreedepthSaturated([[10, 3, 9], [10, 10, 2]], 10)).toBe(3);
  });
});
