// Draw selection: every draw by default, evenly spaced deterministic thinning with maxDraws; shares of spend and contribution.
import { describe, expect, it } from 'vitest';
import { drawCount, drawPositions, drawRecords } from '../../src/core/posterior/draws';
import { shares } from '../../src/core/posterior/shares';
import { fixtureModel } from '../fixtures/model';

describe('draw selection', () => {
  it('returns every draw, chain-major, by default', () => {
    const m = fixtureModel({ chains: 3, draws: 5 });
    expect(drawCount(m)).toBe(15);
    const pos = drawPositions(m);
    expect(pos.length).toBe(15);
    expect(pos[5]).toEqual([1, 0]);
    expect(drawRecords(m)[5].intercept).toBe(m.draws.intercept[1][0]);
  });

  it('thins evenly over all chains and deterministically', () => {
    const m = fixtureModel({ chains: 4, draws: 10 });
    const pos = drawPositions(m, { maxDraws: 8 });
    expect(pos.length).toBe(8);
    expect(new Set(pos.map(([c]) => c))).toEqual(new Set([0, 1, 2, 3]));
    expect(drawPositions(m, { maxDraws: 8 })).toEqual(pos);
    expect(drawPositions(m, { maxDraws: 1000 }).length).toBe(40);
  });
});

describe('shares', () => {
  it('contribution shares sum to 1 per draw; spend shares are fractions of total spend', () => {
    const m = fixtureModel();
    const s = shares(m);
    s.contribution.tv.forEach((v, d) => expect(v + s.contribution.search[d]).toBeCloseTo(1, 12));
    const tv = m.data.channels.tv.reduce((a, b) => a + b), se = m.data.channels.search.reduce((a, b) => a + b);
    expect(s.spend.tv).toBeCloseTo(tv / (tv + se), 12);
  });
});
