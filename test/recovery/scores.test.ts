// ROI recovery, contribution SRMSE and the decision, on a model whose draws straddle a known truth.
import { describe, expect, it } from 'vitest';
import { trueContributions, type RecoveryDataset, type TrueChannel } from '../../src/core/data/recovery';
import { contributionSrmse, decisionScore, roiScores, meanAbsRelError } from '../../src/core/recovery';
import { createRng } from '../../src/core/stats';
import { fixtureModel } from '../fixtures/model';

const KPI = 10_000;
const rng = createRng(7);
const hist = (m: number) => Array.from({ length: 60 }, () => m * (0.5 + rng.next()));
const spend = { tv: hist(1000), search: hist(300) };
const truthChannels: TrueChannel[] = [
  { spec: { name: 'tv', adstock: 'geometric', lmax: 4, saturation: 'logistic' }, params: { alpha: 0.5, theta: 0, lam: 2, kappa: 0, slope: 0, beta: 0.4 * KPI }, ref: Math.max(...spend.tv) },
  { spec: { name: 'search', adstock: 'geometric', lmax: 4, saturation: 'logistic' }, params: { alpha: 0.2, theta: 0, lam: 1.5, kappa: 0, slope: 0, beta: 0.2 * KPI }, ref: Math.max(...spend.search) },
];
const truth = trueContributions({ channels: truthChannels }, spend);

/** Draws at the truth scaled by `k` (beta times 0.98, 1, 1.02). */
function model(k: number) {
  return fixtureModel({
    kpiScale: KPI,
    channels: truthChannels.map((c) => ({
      name: c.spec.name, lmax: 4, alpha: [c.params.alpha, c.params.alpha, c.params.alpha], lam: [c.params.lam, c.params.lam, c.params.lam],
      beta: [0.98, 1, 1.02].map((f) => (f * k * c.params.beta) / KPI), history: spend[c.spec.name as 'tv' | 'search'],
    })),
  });
}

describe('recovery scores', () => {
  it('a posterior centred on the truth covers it with no error', () => {
    const s = roiScores(model(1), truth.roi);
    for (const r of s) {
      expect(r.in94 && r.in50).toBe(true);
      expect(r.relError).toBeLessThan(1e-9);
    }
    expect(contributionSrmse(model(1), truth.contribution).mean).toBeLessThan(1e-9);
  });

  it('a posterior 1.5x the truth misses it by 50% ROI error and by 0.5 in SRMSE', () => {
    const s = roiScores(model(1.5), truth.roi);
    expect(s.every((r) => !r.in94)).toBe(true);
    expect(meanAbsRelError(s)).toBeCloseTo(0.5, 9);
    // RMSE of 0.5 x truth divided by the mean truth: 0.5 x rms/mean of the true series, >= 0.5
    expect(contributionSrmse(model(1.5), truth.contribution).mean).toBeGreaterThanOrEqual(0.5);
  });

  it('a model at the truth captures the true optimal gain', async () => {
    const ds = { spend, truth: { channels: truthChannels, ...truth } } as unknown as RecoveryDataset;
    const d = await decisionScore(model(1), ds);
    expect(d.trueOptimalGain).toBeGreaterThan(0);
    expect(d.gainCaptured).toBeGreaterThan(0.99);
    expect(d.gainCaptured).toBeLessThanOrEqual(1 + 1e-9);
    expect(d.trulyGains).toBe(true);
    expect(d.pUpliftPositive).toBeGreaterThan(0.5);
  });
});
