// Flighting of a channel's spend: always on, bursts, or always on with dark periods. A multiplier per period, mean 1.
import type { Rng } from '../../stats';
import type { Frequency } from '../types';
import type { FlightingKind } from './types';

/** A smooth AR(1) series with mean 0 and sd 1 (phi per period). */
export function smoothNoise(T: number, phi: number, rng: Rng): number[] {
  const out: number[] = [];
  let v = rng.normal();
  for (let t = 0; t < T; t++) {
    v = phi * v + Math.sqrt(1 - phi * phi) * rng.normal();
    out.push(v);
  }
  return out;
}

function normalised(v: number[]): number[] {
  const m = v.reduce((a, b) => a + b, 0) / v.length;
  return v.map((x) => x / m);
}

/** Spend multiplier per period (>= 0, mean 1) for a flighting kind. */
export function spendPattern(kind: FlightingKind, T: number, frequency: Frequency, rng: Rng): number[] {
  const perWeek = frequency === 'weekly' ? 1 : 7;
  const wobble = smoothNoise(T, frequency === 'weekly' ? 0.7 : 0.95, rng);
  const base = wobble.map((w) => Math.max(0.2, 1 + 0.3 * w + 0.08 * rng.normal()));
  if (kind === 'always-on') return normalised(base);
  if (kind === 'bursts') {
    // flights of 3-8 weeks on, 2-6 weeks off (10% of the on level while off)
    const out = base.map((b) => 0.1 * b);
    let t = rng.int(0, 3 * perWeek);
    while (t < T) {
      const on = rng.int(3, 8) * perWeek;
      const level = rng.uniform(0.6, 1.6);
      for (let k = t; k < Math.min(T, t + on); k++) out[k] = level * base[k];
      t += on + rng.int(2, 6) * perWeek;
    }
    return normalised(out);
  }
  // dark: always on with 1-3 periods of no spend, 4-10 weeks each, ending before the last quarter's planning window
  const out = [...base];
  const keepOn = frequency === 'weekly' ? 20 : 120;
  const n = rng.int(1, 3);
  for (let i = 0; i < n; i++) {
    const len = rng.int(4, 10) * perWeek;
    const start = rng.int(0, Math.max(0, T - len - keepOn));
    for (let k = start; k < Math.min(T, start + len); k++) out[k] = 0;
  }
  return normalised(out);
}
