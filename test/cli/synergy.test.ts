// `marginal fit --synergy`: pairs from the flag, errors naming the flag; the summary prints each pair's eta with its
// interval, its contribution and lift; model.json validation of spec.synergy and summary.synergy.
import { describe, expect, it } from 'vitest';
import { specFromFlags, synergyFromFlag } from '../../src/cli/fit';
import { summaryText } from '../../src/cli/table';
import { synergySummaries } from '../../src/core/fit/synergy-summary';
import { validateModelJson } from '../../src/core/fit/validate-model-json';
import { defaultSpec } from '../../src/core/model/defaults';
import { fixtureModel } from '../fixtures/model';

const mapping = { date: 'date', kpi: 'sales', channels: ['tv', 'display', 'video'], controls: [] };
const spec = defaultSpec(mapping, 'weekly');

describe('--synergy', () => {
  it('takes one pair or several separated by ;', () => {
    expect(synergyFromFlag('display,video', spec)).toEqual([{ a: 'display', b: 'video' }]);
    expect(synergyFromFlag(' display, video ; tv,video ', spec)).toEqual([{ a: 'display', b: 'video' }, { a: 'tv', b: 'video' }]);
    expect(specFromFlags(mapping, 'weekly', { synergy: 'tv,display' }).synergy).toEqual([{ a: 'tv', b: 'display' }]);
    expect(specFromFlags(mapping, 'weekly', {}).synergy).toBeUndefined();
  });

  it('an unknown or identical channel, a pair given twice or a malformed pair is a usage error naming the flag', () => {
    expect(() => synergyFromFlag('display,vidoe', spec)).toThrow(/^flag --synergy: pair 1 \(display,vidoe\): unknown channel "vidoe" \(channels: tv, display, video\)/);
    expect(() => synergyFromFlag('tv,tv', spec)).toThrow(/^flag --synergy: pair 1 \(tv,tv\): a channel cannot have a synergy with itself/);
    expect(() => synergyFromFlag('tv,video;video,tv', spec)).toThrow(/^flag --synergy: pair 2 \(video,tv\): the pair "video" and "tv" is already synergy\[0\]/);
    expect(() => synergyFromFlag('tv,video,display', spec)).toThrow(/^flag --synergy: expected channel pairs like display,video/);
    expect(() => synergyFromFlag('tv', spec)).toThrow(/^flag --synergy: expected channel pairs/);
    expect(() => synergyFromFlag(';', spec)).toThrow(/^flag --synergy: expected channel pairs/);
  });
});

describe('synergy in model.json and the summary', () => {
  const model = fixtureModel({ channels: ['tv', 'search', 'radio'], synergy: [{ a: 'tv', b: 'search' }] });
  model.summary.synergy = synergySummaries(model);

  it('summary.synergy holds eta, the contribution and the lift over the pair\'s own contributions', () => {
    const s = model.summary.synergy!['tv×search'];
    expect(s.a).toBe('tv');
    expect(s.b).toBe('search');
    // the fixture's eta draws are 0.1 x exp(0.2 N(0, 1))
    expect(s.eta.mean).toBeGreaterThan(0.07);
    expect(s.eta.mean).toBeLessThan(0.13);
    expect(s.eta.q03).toBeLessThan(s.eta.q97);
    expect(s.contribution_total.mean).toBeGreaterThan(0);
    const own = model.summary.channels.tv.contribution_total.mean + model.summary.channels.search.contribution_total.mean;
    expect(s.lift.mean).toBeCloseTo(s.contribution_total.mean / own, 1);
  });

  it('the summary prints a synergy table with eta and its interval', () => {
    const text = summaryText(model);
    expect(text).toMatch(/Synergy \(eta x sat_a x sat_b/);
    const row = text.split('\n').find((l) => l.startsWith('tv×search'))!;
    expect(row).toContain('[');
    expect(row).toMatch(/%/);
    expect(summaryText(fixtureModel())).not.toMatch(/Synergy/);
  });

  it('model.json validation checks spec.synergy and summary.synergy, naming the field', () => {
    expect(() => validateModelJson(JSON.parse(JSON.stringify(model)))).not.toThrow();
    const bad = JSON.parse(JSON.stringify(model));
    bad.spec.synergy = [{ a: 'tv', b: 'tvv' }];
    expect(() => validateModelJson(bad)).toThrow(/spec\.synergy\[0\]\.b/);
    const same = JSON.parse(JSON.stringify(model));
    same.spec.synergy = [{ a: 'tv', b: 'tv' }];
    expect(() => validateModelJson(same)).toThrow(/spec\.synergy.*itself/);
    const sum = JSON.parse(JSON.stringify(model));
    delete sum.summary.synergy['tv×search'].eta;
    expect(() => validateModelJson(sum)).toThrow(/summary\.synergy.*eta/);
  });
});
