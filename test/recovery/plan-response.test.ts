// The true response to a plan: the media KPI over horizon + tail with the data's spend carried in.
import { describe, expect, it } from 'vitest';
import { generateRecoveryDataset, mediaEffect, mediaTotal, suiteConfig, trueResponse } from '../../src/core/data/recovery';

describe('true plan response', () => {
  const ds = generateRecoveryDataset(suiteConfig(0));
  const names = ds.config.channels.map((c) => c.name);
  const plan = Object.fromEntries(names.map((n) => [n, ds.spend[n].slice(-13).reduce((a, b) => a + b, 0) / 13]));

  it('equals the media total of the whole series extended by the plan, over the planning window', () => {
    const H = 13, tail = 11;
    const f = trueResponse(ds.truth, { history: ds.spend, horizon: H, tail });
    const ext = Object.fromEntries(names.map((n) => [n, [...ds.spend[n], ...new Array(H).fill(plan[n]), ...new Array(tail).fill(0)]]));
    const m = mediaTotal(mediaEffect(ds.truth, ext));
    const n = ds.kpi.length;
    let want = 0;
    for (let t = n; t < n + H + tail; t++) want += m[t];
    expect(f(plan)).toBeCloseTo(want, 6);
  });

  it('rises with any channel\'s spend and is zero-spend-safe', () => {
    const f = trueResponse(ds.truth, { history: ds.spend, horizon: 13, tail: 7 });
    for (const n of names) expect(f({ ...plan, [n]: plan[n] * 1.2 })).toBeGreaterThan(f(plan));
    expect(Number.isFinite(f(Object.fromEntries(names.map((n) => [n, 0]))))).toBe(true);
  });
});
