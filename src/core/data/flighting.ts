// Weekly spend patterns for the demo: how real media plans switch channels on and off.
import type { Rng } from '../stats';

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Bursts of several weeks at a high level, then several weeks dark (TV). */
export function bursts(rng: Rng, T: number, level: [number, number], on: [number, number], off: [number, number]): number[] {
  const out = new Array<number>(T).fill(0);
  let t = rng.int(0, off[0]);
  while (t < T) {
    const len = rng.int(on[0], on[1]);
    const base = rng.uniform(level[0], level[1]);
    for (let k = 0; k < len && t < T; k++, t++) out[t] = round2(base * rng.uniform(0.9, 1.1));
    t += rng.int(off[0], off[1]);
  }
  return out;
}

/** Always on, following a seasonal index (search demand rises with the KPI's season). */
export function seasonal(rng: Rng, season: number[], base: number, amplitude: number, noise: number): number[] {
  return season.map((s) => round2(Math.max(0, base * (1 + amplitude * s) * (1 + noise * rng.normal()))));
}

/** Always on around a level with persistent (AR(1)) log-noise (social). */
export function alwaysOn(rng: Rng, T: number, base: number, sd: number, rho = 0.7): number[] {
  let z = 0;
  return Array.from({ length: T }, () => {
    z = rho * z + Math.sqrt(1 - rho * rho) * rng.normal();
    return round2(base * Math.exp(sd * z - (sd * sd) / 2));
  });
}

/** Short pulses (1-2 weeks) every few weeks over a small baseline (display). */
export function pulses(rng: Rng, T: number, level: [number, number], every: [number, number], baseline: number): number[] {
  const out = Array.from({ length: T }, () => round2(baseline * rng.uniform(0.5, 1.5)));
  let t = rng.int(1, every[0]);
  while (t < T) {
    const len = rng.int(1, 2);
    for (let k = 0; k < len && t + k < T; k++) out[t + k] = round2(rng.uniform(level[0], level[1]));
    t += rng.int(every[0], every[1]);
  }
  return out;
}

/** On only in the given months (radio: spring and autumn flights). */
export function monthlyFlights(rng: Rng, months: number[], onMonths: number[], level: [number, number]): number[] {
  return months.map((m) => (onMonths.includes(m) ? round2(rng.uniform(level[0], level[1])) : 0));
}
