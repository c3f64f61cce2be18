// Rank plot numbers: per-chain histograms of pooled ranks.
import { describe, expect, it } from 'vitest';
import { rankPlot } from '../../src/core/diagnostics';

describe('rankPlot', () => {
  it('interleaved chains give flat histograms at the expected count', () => {
    // Chain 0 holds the even values, chain 1 the odd ones: every rank bin of 4 ranks gets 2 of each.
    const draws = [Array.from({ length: 40 }, (_, i) => 2 * i), Array.from({ length: 40 }, (_, i) => 2 * i + 1)];
    const p = rankPlot(draws, 20);
    expect(p.bins).toBe(20);
    for (const h of p.chains) {
      expect(h.counts).toEqual(new Array(20).fill(2));
      expect(h.expected).toBe(2);
    }
    expect(p.maxCount).toBe(2);
  });
  it('separated chains pile up at opposite ends', () => {
    const p = rankPlot([[1, 2, 3, 4], [11, 12, 13, 14]], 2);
    expect(p.chains.map((h) => h.counts)).toEqual([[4, 0], [0, 4]]);
    expect(p.maxCount).toBe(4);
  });
  it('ties share an averaged rank; every draw is counted once', () => {
    const p = rankPlot([[5, 5, 5], [5, 5, 5]], 4);
    expect(p.chains.map((h) => h.counts.reduce((a, b) => a + b, 0))).toEqual([3, 3]);
    // All six ranks average to 3.5: bin floor(2.5 / 6 * 4) = 1.
    expect(p.chains[0].counts).toEqual([0, 3, 0, 0]);
  });
  it('no draws: empty chains and a y scale of at least 1', () => {
    expect(rankPlot([], 20)).toEqual({ bins: 20, chains: [], maxCount: 1 });
  });
});
