// The recovery suite: 24 seeded dataset configs that vary frequency, length, channel count, small channels,
// flighting, saturation family, carryover (fast to slow, delayed peaks), baseline structure, controls,
// an unobserved confounder, a synergy and the noise level.
import { createRng, type Rng } from '../../stats';
import type { SaturationKind } from '../../model';
import type { ChannelConfig, FlightingKind, RecoveryConfig } from './types';

const NAMES = ['tv', 'search', 'social', 'display', 'video', 'radio', 'print', 'ooh', 'affiliate', 'podcast', 'email', 'influencer'];
const FAMILIES: SaturationKind[] = ['logistic', 'hill', 'michaelis-menten'];
const FLIGHTING: FlightingKind[] = ['always-on', 'bursts', 'dark'];
const WEEKLY_CHANNELS = [4, 3, 5, 6, 8, 10, 12, 4, 7, 9, 5, 12, 3, 6, 8, 11, 4, 10];
const DAILY_CHANNELS = [3, 4, 5, 6, 4, 8];
export const SUITE_SIZE = 24;

/** Shares of spend: channels beyond the third of 4+ (and the second-last of 8+) get 2-5%; the rest split what is left. */
function shares(C: number, rng: Rng): number[] {
  const small = C >= 8 ? 2 : C >= 4 ? 1 : 0;
  const smallShares = Array.from({ length: small }, () => rng.uniform(0.02, 0.05));
  const left = 1 - smallShares.reduce((a, b) => a + b, 0);
  const raw = Array.from({ length: C - small }, () => rng.gamma(3) + 0.3);
  const z = raw.reduce((a, b) => a + b, 0);
  return [...raw.map((r) => (left * r) / z), ...smallShares];
}

function channelConfigs(i: number, C: number, daily: boolean, rng: Rng): ChannelConfig[] {
  const family = FAMILIES[i % 3];
  const mixed = i % 5 === 4;
  const delayedSet = i % 6 === 1 || i % 6 === 4;
  const sh = shares(C, rng);
  return Array.from({ length: C }, (_, c) => {
    const saturation = mixed ? FAMILIES[c % 3] : family;
    const delayed = delayedSet && c % 2 === 0;
    const alpha = delayed ? rng.uniform(0.3, 0.8) : rng.uniform(0.1, 0.85);
    const theta = delayed ? (daily ? rng.uniform(2, 6) : rng.uniform(1, 3)) : 0;
    const lmax = daily ? 28 : alpha > 0.7 || delayed ? 12 : 8;
    return {
      name: `${NAMES[c]}_spend`,
      spec: { name: `${NAMES[c]}_spend`, adstock: delayed ? 'delayed' : 'geometric', lmax, saturation },
      flighting: FLIGHTING[(c + i) % 3],
      share: sh[c],
      targetRoi: Math.min(5, Math.max(0.3, Math.exp(rng.normal(0.3, 0.6)))),
      alpha, theta,
      halfPoint: saturation === 'logistic' ? rng.uniform(0.8, 2.4) : rng.uniform(0.5, 1.5),
      slope: saturation === 'hill' ? rng.uniform(1, 2.5) : 0,
    };
  });
}

export function suiteConfig(i: number): RecoveryConfig {
  const rng = createRng(1000 + i);
  const daily = i % 4 === 3;
  const C = daily ? DAILY_CHANNELS[(i - 3) / 4] : WEEKLY_CHANNELS[i - Math.floor((i + 1) / 4)];
  const years = daily ? (i === 23 ? 3 : 2) : i % 2 === 0 ? 2 : 3;
  const channels = channelConfigs(i, C, daily, rng);
  const sign = () => (rng.next() < 0.5 ? -1 : 1);
  const cfg: RecoveryConfig = {
    id: `${String(i + 1).padStart(2, '0')}-${daily ? 'daily' : 'weekly'}-${years}y-${C}ch-${i % 5 === 4 ? 'mixed' : FAMILIES[i % 3]}`,
    seed: 5000 + 17 * i,
    frequency: daily ? 'daily' : 'weekly',
    years,
    channels,
    baseline: {
      trend: rng.uniform(-0.15, 0.35),
      levelShift: i % 3 === 1 || i % 6 === 5 ? sign() * rng.uniform(0.08, 0.15) : 0,
      levelShiftAt: rng.uniform(0.35, 0.75),
      slowCurve: i % 3 === 2 ? sign() * rng.uniform(0.08, 0.15) : 0,
      seasonality: i % 5 === 2 ? 0 : rng.uniform(0.04, 0.12),
    },
    controls: { price: i % 2 === 0, promo: i % 3 === 0 },
    r2: 0.6 + (0.35 * ((i * 7) % SUITE_SIZE)) / (SUITE_SIZE - 1),
  };
  if (i % 5 === 2) cfg.confounder = { channel: channels[0].name, spendEffect: 0.4, kpiEffect: 0.05 };
  if (i % 3 === 0 && C >= 3) cfg.synergy = { a: channels[C > 4 ? 3 : 1].name, b: channels[C > 4 ? 4 : 2].name, lift: rng.uniform(0.1, 0.2) };
  return cfg;
}

/** The whole suite, in order. */
export function recoverySuite(): RecoveryConfig[] {
  return Array.from({ length: SUITE_SIZE }, (_, i) => suiteConfig(i));
}
