// Plan and frontier shaping for the Optimise charts.
import { describe, expect, it } from 'vitest';
import { allocationRows, frontierRows, upliftDraws } from '../../src/ui/optimise/plan-shape';
import { channelColour } from '../../src/ui/charts/palette';
import { fixturePlan } from '../fixtures/plan';
import type { Frontier } from '../../src/core/optimizer/types';

describe('plan shaping', () => {
  it('colours channels by the model order, as on the Results page', () => {
    const model = ['tv', 'search', 'social'];
    const rows = allocationRows(fixturePlan(['search', 'tv', 'social']), model);
    expect(rows.map((r) => r.name)).toEqual(['search', 'tv', 'social']);
    expect(rows[0].colour).toBe(channelColour(model, 'search'));
    expect(rows[0].colour).not.toBe(channelColour(model, 'tv'));
    expect(rows[1]).toMatchObject({ current: 3000, recommended: 3000 });
  });

  it('uses per-draw uplift only when the plan carries it', () => {
    const p = fixturePlan(['a']);
    expect(upliftDraws(p)).toBeNull();
    expect(upliftDraws({ ...p, per_draw: { kpi_current: [0, 0, 0], kpi_recommended: [1, 2, 3], uplift: [1, 2, 3] } })).toEqual([1, 2, 3]);
  });

  it('keeps feasible frontier points in budget order', () => {
    const d = (m: number) => ({ mean: m, sd: 1, q03: m - 2, q25: m - 1, q50: m, q75: m + 1, q97: m + 2 });
    const f: Frontier = {
      objective: 'mean', horizon: 13, current_budget: 100,
      points: [
        { budget: 150, feasible: true, allocation: {}, kpi: d(15), objective_value: 15, mroi_last: { mean: 1, q03: 0.5, q97: 1.5 } },
        { budget: 50, feasible: false, allocation: {}, kpi: d(NaN), objective_value: NaN, mroi_last: { mean: NaN, q03: NaN, q97: NaN } },
        { budget: 100, feasible: true, allocation: {}, kpi: d(12), objective_value: 12, mroi_last: { mean: 2, q03: 1, q97: 3 } },
      ],
    };
    expect(frontierRows(f).map((r) => r.budget)).toEqual([100, 150]);
    expect(frontierRows(f)[0].mroi.mean).toBe(2);
  });
});
