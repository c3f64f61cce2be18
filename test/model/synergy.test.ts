// The synergy component: pair validation (errors name the field), parameter names and order, the default prior.
import { describe, it, expect } from 'vitest';
import { synergyPairs, synergyTerm, synergyDelta, pairName } from '../../src/core/model/components/synergy';
import { defaultSpec } from '../../src/core/model/defaults';
import { parameterEntries } from '../../src/core/model/params';
import { packModel } from '../../src/core/model/pack';
import { parsePriors, resolvePriors } from '../../src/core/model/priors';
import { syntheticData } from './helpers';
import type { ModelSpec } from '../../src/core/model/spec';

const spec = (synergy: ModelSpec['synergy']): ModelSpec => ({
  // A linear baseline, so the synergy parameters follow sigma directly (the random walk's come between them otherwise).
  ...defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv', 'display', 'video'], controls: [] }, 'weekly'), synergy, baseline: { kind: 'linear' },
});

describe('synergy pairs', () => {
  it('resolve to channel indices and the name a×b', () => {
    expect(synergyPairs(spec([{ a: 'display', b: 'video' }]))).toEqual([{ a: 'display', b: 'video', ia: 1, ib: 2, name: 'display×video' }]);
    expect(synergyPairs(spec(undefined))).toEqual([]);
    expect(pairName({ a: 'x', b: 'y' })).toBe('x×y');
  });

  it('an unknown channel, a channel paired with itself or a pair given twice is an error naming the field', () => {
    expect(() => synergyPairs(spec([{ a: 'display', b: 'vidoe' }]))).toThrow(/^synergy\[0\]\.b: unknown channel "vidoe" \(channels: tv, display, video\)/);
    expect(() => synergyPairs(spec([{ a: 'tv', b: 'video' }, { a: 'radio', b: 'tv' }]))).toThrow(/^synergy\[1\]\.a: unknown channel "radio"/);
    expect(() => synergyPairs(spec([{ a: 'tv', b: 'tv' }]))).toThrow(/^synergy\[0\]: a channel cannot have a synergy with itself/);
    expect(() => synergyPairs(spec([{ a: 'tv', b: 'video' }, { a: 'video', b: 'tv' }]))).toThrow(/^synergy\[1\]: the pair "video" and "tv" is already synergy\[0\]/);
    expect(() => synergyPairs(spec([{ a: 3, b: 'tv' } as never]))).toThrow(/^synergy\[0\]\.a: must be a channel name/);
    // packing a model reports the same error
    expect(() => packModel(spec([{ a: 'tv', b: 'tv' }]), syntheticData(12, ['tv', 'display', 'video'], [], 1))).toThrow(/synergy\[0\]/);
  });

  it('each pair has a real eta, after sigma (and nu), with the default prior Normal(0, 0.1); the prior is editable per pair', () => {
    const s = spec([{ a: 'tv', b: 'video' }, { a: 'display', b: 'video' }]);
    const names = parameterEntries(s).map((e) => e.name);
    expect(names.slice(-3)).toEqual(['sigma', 'synergy_eta[tv×video]', 'synergy_eta[display×video]']);
    const eta = resolvePriors(s).filter((p) => p.key === 'synergy_eta');
    expect(eta.map((p) => [p.dist, p.p[0], p.p[1], p.transform])).toEqual([['Normal', 0, 0.1, 'real'], ['Normal', 0, 0.1, 'real']]);
    const custom = resolvePriors({ ...s, priors: parsePriors({ synergy_eta: { dist: 'Normal', mu: [0.05, -0.02], sigma: 0.03 } }, s) })
      .filter((p) => p.key === 'synergy_eta');
    expect(custom.map((p) => p.p[0])).toEqual([0.05, -0.02]);
    expect(() => parsePriors({ synergy_eta: { dist: 'Normal', mu: [0, 0, 0], sigma: 1 } }, s)).toThrow(/priors\.synergy_eta: .*3 values, expected 2 \(one per synergy pair\)/);
    expect(() => parsePriors({ synergy_eta: { dist: 'HalfNormal', sigma: 1 } }, s)).toThrow(/priors\.synergy_eta: HalfNormal has support/);
  });

  it('term and counterfactual change', () => {
    const ua = [0.2, 0.5, 0], ub = [0.4, 0.1, 0.9];
    expect(Array.from(synergyTerm(2, ua, ub))).toEqual([2 * 0.2 * 0.4, 2 * 0.5 * 0.1, 0]);
    expect(synergyDelta(2, ua, [0.3, 0.5, 0.1], ub, 3)).toBeCloseTo(2 * (0.1 * 0.4 + 0.1 * 0.9), 15);
    expect(synergyDelta(2, ua, [0.3, 0.5, 0.1], ub, 1)).toBeCloseTo(2 * 0.1 * 0.4, 15);
  });
});
