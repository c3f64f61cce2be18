// The true non-media KPI: level with a linear trend, a level shift and a slow curve, yearly seasonality,
// observed controls (price, promo) and an unobserved confounder. All in KPI units.
import type { Rng } from '../../stats';
import type { Frequency } from '../types';
import { smoothNoise } from './spend-patterns';
import type { RecoveryConfig } from './types';

export interface TrueBaseline {
  /** Baseline KPI per period (everything but media and noise). */
  kpi: number[];
  controls: { price_index?: number[]; promo_event?: number[] };
  /** The unobserved confounder, mean 0 sd 1 (zeros when the dataset has none). */
  confounder: number[];
}

export function trueBaseline(cfg: RecoveryConfig, level: number, dayOfYear: number[], frequency: Frequency, rng: Rng): TrueBaseline {
  const T = dayOfYear.length;
  const b = cfg.baseline;
  const phase = rng.uniform(0, 2 * Math.PI);
  const shiftAt = Math.floor(b.levelShiftAt * T);
  const bumpCentre = rng.uniform(0.3, 0.7) * T;
  const bumpWidth = rng.uniform(0.15, 0.3) * T;
  const price = cfg.controls.price ? smoothNoise(T, frequency === 'weekly' ? 0.9 : 0.99, rng).map((v) => 1 + 0.04 * v) : undefined;
  const promo = cfg.controls.promo ? Array.from({ length: T }, () => (rng.next() < 0.08 ? 1 : 0)) : undefined;
  const confounder = cfg.confounder ? smoothNoise(T, frequency === 'weekly' ? 0.85 : 0.97, rng) : new Array<number>(T).fill(0);
  const kpi = dayOfYear.map((doy, t) => {
    const u = T > 1 ? t / (T - 1) : 0;
    const ang = (2 * Math.PI * doy) / 365.25;
    let v = 1 + b.trend * u;
    if (b.levelShift && t >= shiftAt) v += b.levelShift;
    v += b.slowCurve * Math.exp(-0.5 * ((t - bumpCentre) / bumpWidth) ** 2);
    v += b.seasonality * (Math.sin(ang + phase) + 0.4 * Math.cos(2 * ang + phase));
    if (price) v -= 2 * (price[t] - 1);
    if (promo) v += 0.06 * promo[t];
    if (cfg.confounder) v += cfg.confounder.kpiEffect * confounder[t];
    return level * v;
  });
  return { kpi, controls: { ...(price && { price_index: price }), ...(promo && { promo_event: promo }) }, confounder };
}
