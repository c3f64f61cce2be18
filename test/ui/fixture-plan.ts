// A hand-written Plan for report and chart tests (the optimizer's output shape, made-up numbers).
import type { Plan } from '../../src/core/optimizer/types';

export function fixturePlan(channels: string[]): Plan {
  const dist = (m: number) => ({ mean: m, sd: m * 0.05, q03: m * 0.9, q25: m * 0.97, q50: m, q75: m * 1.03, q97: m * 1.1 });
  const rec = <T,>(f: (i: number) => T): Record<string, T> => Object.fromEntries(channels.map((c, i) => [c, f(i)]));
  return {
    status: 'optimal', objective: 'mean', horizon: 13, budget: 13 * 3000 * channels.length, channels, draws: 200, carryover: 'included',
    allocation: rec((i) => 3000 + 500 * (i - 1)), allocation_by_period: rec((i) => Array(13).fill(3000 + 500 * (i - 1))),
    current: rec(() => 3000), bounds: rec(() => ({ min: 0, max: Infinity, minFrom: 'spend >= 0', maxFrom: 'no maximum' })),
    kpi_current: dist(1e6), kpi_recommended: dist(1.02e6), media_current: dist(2e5), media_recommended: dist(2.2e5),
    uplift: { mean: 2e4, q03: -1e3, q97: 4e4, q25: 1e4, q75: 3e4, sd: 1e4 }, p_uplift_positive: 0.93,
    mroi: rec(() => ({ mean: 1.2, q03: 0.8, q97: 1.6 })), mroi_current: rec(() => ({ mean: 1.4, q03: 0.9, q97: 1.9 })), objective_value: 1.02e6, objective_current: 1e6,
    kkt: { marginal: rec(() => 1.2), multiplier: 1.2, interior: channels, atMin: [], atMax: [], spread: 0.001, violations: [], ok: true, tolerance: 1e-3 },
    starts: [{ from: 'current', objective: 1.02e6, iterations: 40 }],
  };
}
