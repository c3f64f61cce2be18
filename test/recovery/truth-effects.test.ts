// The truth as the model defines it: contribution = KPI lost when the channel is zeroed (synergy included), ROI its sum per spend.
import { describe, expect, it } from 'vitest';
import { generateRecoveryDataset, mediaEffect, suiteConfig, trueContributions } from '../../src/core/data/recovery';
import { channelContribution } from '../../src/core/model';

describe('true contributions and ROI', () => {
  it('without synergy, a channel\'s contribution is its own term through the model\'s forward functions', () => {
    const ds = generateRecoveryDataset(suiteConfig(1));
    expect(ds.truth.synergy).toBeUndefined();
    for (const ch of ds.truth.channels) {
      const own = channelContribution(ch.spec, ds.spend[ch.spec.name].map((v) => v / ch.ref), ch.params);
      ds.truth.contribution[ch.spec.name].forEach((v, t) => expect(v).toBeCloseTo(own[t], 6));
      const spend = ds.spend[ch.spec.name].reduce((a, b) => a + b, 0);
      expect(ds.truth.roi[ch.spec.name]).toBeCloseTo(own.reduce((a, b) => a + b, 0) / spend, 9);
    }
  });

  it('with synergy, zeroing either channel of the pair also removes the synergy term', () => {
    const ds = generateRecoveryDataset(suiteConfig(0));
    const syn = ds.truth.synergy!;
    expect(syn.eta).toBeGreaterThan(0);
    const e = mediaEffect(ds.truth, ds.spend);
    const { contribution } = trueContributions(ds.truth, ds.spend);
    for (const name of [syn.a, syn.b]) {
      contribution[name].forEach((v, t) => expect(v).toBeCloseTo(e.own[name][t] + e.synergy[t], 6));
    }
    // the synergy is the configured lift over the pair's own effects
    const sum = (v: ArrayLike<number>) => Array.from(v).reduce((a, b) => a + b, 0);
    expect(sum(e.synergy) / (sum(e.own[syn.a]) + sum(e.own[syn.b]))).toBeCloseTo(ds.config.synergy!.lift, 9);
  });

  it('builds each channel\'s own term to its target ROI', () => {
    const ds = generateRecoveryDataset(suiteConfig(5));
    const e = mediaEffect({ channels: ds.truth.channels }, ds.spend);
    for (const c of ds.config.channels) {
      const spend = ds.spend[c.name].reduce((a, b) => a + b, 0);
      expect(Array.from(e.own[c.name]).reduce((a, b) => a + b, 0) / spend).toBeCloseTo(c.targetRoi, 6);
    }
  });
});
