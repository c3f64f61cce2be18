// The recovery bench's options: dataset subsets by number or id, sampler settings with the bench's defaults.
import { describe, expect, it } from 'vitest';
import { fitConfigFromOptions, RECOVERY_FIT, selectDatasets, specOverrides } from '../../bench/recovery.bench';
import { recoverySuite } from '../../src/core/data/recovery';

describe('recovery bench options', () => {
  const suite = recoverySuite();
  it('selects datasets by 1-based number or id substring, all by default', () => {
    expect(selectDatasets(suite, undefined)).toHaveLength(suite.length);
    expect(selectDatasets(suite, '1,4').map((c) => c.id)).toEqual([suite[0].id, suite[3].id]);
    expect(selectDatasets(suite, 'daily').every((c) => c.frequency === 'daily')).toBe(true);
    expect(selectDatasets(suite, 'daily').length).toBeGreaterThan(0);
  });
  it('reads chains, warmup, draws and seed, defaulting to 2 x (500 + 500)', () => {
    expect(RECOVERY_FIT).toMatchObject({ chains: 2, warmup: 500, draws: 500 });
    const opts: Record<string, string> = { draws: '200', chains: '4' };
    expect(fitConfigFromOptions((k) => opts[k])).toMatchObject({ chains: 4, warmup: 500, draws: 200 });
    expect(() => fitConfigFromOptions((k) => (k === 'draws' ? 'many' : undefined))).toThrow(/--draws/);
  });
  it("reads --adaptation (Stan's when absent) and names the flag on a bad value", () => {
    expect(fitConfigFromOptions(() => undefined).adaptation).toBeUndefined();
    expect(fitConfigFromOptions((k) => (k === 'adaptation' ? 'nutpie' : undefined)).adaptation).toBe('nutpie');
    expect(() => fitConfigFromOptions((k) => (k === 'adaptation' ? 'pymc' : undefined))).toThrow(/--adaptation must be one of stan, nutpie/);
  });
  it('merges --spec JSON over the default spec and names the flag when it is not an object', () => {
    expect(specOverrides(undefined)).toEqual({});
    expect(specOverrides('{"priors":{"roi":{"dist":"LogNormal","mu":0.2,"sigma":0.9}}}')).toEqual({ priors: { roi: { dist: 'LogNormal', mu: 0.2, sigma: 0.9 } } });
    expect(() => specOverrides('{priors')).toThrow(/--spec is not JSON/);
    expect(() => specOverrides('[1]')).toThrow(/--spec must be a JSON object/);
  });
});
