// The model's attribution and the truth's are comparable under synergy: both count, for each channel, the KPI lost
// with it switched off (its own term plus the pair's synergy). A model at the truth, given the pair, scores ROI error 0
// and SRMSE 0; the same truth read without the pair in the model is off by the synergy.
import { describe, expect, it } from 'vitest';
import { trueContributions, type TrueChannel } from '../../src/core/data/recovery';
import { contributionSrmse, roiScores } from '../../src/core/recovery';
import { createRng } from '../../src/core/stats';
import { fixtureModel } from '../fixtures/model';

const KPI = 10_000;
const rng = createRng(11);
const hist = (m: number) => Array.from({ length: 60 }, () => m * (0.5 + rng.next()));
const spend = { tv: hist(1000), search: hist(300) };
const truthChannels: TrueChannel[] = [
  { spec: { name: 'tv', adstock: 'geometric', lmax: 4, saturation: 'logistic' }, params: { alpha: 0.5, theta: 0, lam: 2, kappa: 0, slope: 0, beta: 0.4 * KPI }, ref: Math.max(...spend.tv) },
  { spec: { name: 'search', adstock: 'geometric', lmax: 4, saturation: 'logistic' }, params: { alpha: 0.2, theta: 0, lam: 1.5, kappa: 0, slope: 0, beta: 0.2 * KPI }, ref: Math.max(...spend.search) },
];
const ETA = 0.15;
const truth = trueContributions({ channels: truthChannels, synergy: { a: 'tv', b: 'search', eta: ETA * KPI } }, spend);

function model(withPair: boolean) {
  return fixtureModel({
    kpiScale: KPI,
    channels: truthChannels.map((c) => ({
      name: c.spec.name, lmax: 4, alpha: [c.params.alpha, c.params.alpha], lam: [c.params.lam, c.params.lam],
      beta: [c.params.beta / KPI, c.params.beta / KPI], history: spend[c.spec.name as 'tv' | 'search'],
    })),
    ...(withPair ? { synergy: [{ a: 'tv', b: 'search', eta: [ETA, ETA] }] } : {}),
  });
}

describe('recovery scores with a synergy', () => {
  it('a model at the truth with the pair recovers every ROI and contribution exactly', () => {
    for (const r of roiScores(model(true), truth.roi)) expect(r.relError).toBeLessThan(1e-9);
    expect(contributionSrmse(model(true), truth.contribution).mean).toBeLessThan(1e-9);
  });

  it('without the pair the same curves miss each channel by its share of the synergy', () => {
    const s = roiScores(model(false), truth.roi);
    for (const r of s) expect(r.mean).toBeLessThan(r.truth * 0.99);
    expect(contributionSrmse(model(false), truth.contribution).mean).toBeGreaterThan(0.01);
  });
});
