// Draw selection: every draw by default, evenly spaced deterministic thinning with maxDraws; shares of spend and contribution.
import { describe, expect, it } from 'vitest';
import { drawCount, drawPositions, drawRecords, posteriorDraws } from '../../src/core/posterior/draws';
import { thinIndices } from '../../src/core/stats';
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

describe('posteriorDraws (columnar)', () => {
  it('holds one column per parameter, thinned with thinIndices over the chain-major draws', () => {
    const m = fixtureModel({ chains: 3, draws: 5 });
    const d = posteriorDraws(m, { maxDraws: 4 });
    expect(d.n).toBe(4);
    expect(d.names).toEqual(Object.keys(m.draws));
    const flat = m.draws.intercept.flat();
    expect(Array.from(d.column('intercept'))).toEqual(thinIndices(15, 4).map((i) => flat[i]));
    expect(d.positions).toEqual([[0, 0], [0, 3], [1, 2], [2, 1]]);
    expect(d.record(2)).toEqual(drawRecords(m, { maxDraws: 4 })[2]);
    expect(d.record(2).sigma).toBe(m.draws.sigma[1][2]);
  });

  it('is built once per model and number of draws; an unknown parameter is an error', () => {
    const m = fixtureModel();
    expect(posteriorDraws(m, { maxDraws: 3 })).toBe(posteriorDraws(m, { maxDraws: 3 }));
    expect(posteriorDraws(m)).toBe(posteriorDraws(m, { maxDraws: 1000 }));
    expect(() => posteriorDraws(m).column('nope')).toThrow(/no draws of parameter "nope"/);
  });

  it('fills a given record in place', () => {
    const m = fixtureModel();
    const d = posteriorDraws(m);
    const rec: Record<string, number> = {};
    expect(d.record(1, rec)).toBe(rec);
    expect(rec.intercept).toBe(m.draws.intercept[0][1]);
  });
});
