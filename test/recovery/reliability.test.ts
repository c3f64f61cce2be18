// The reliability table: plans binned by stated P(uplift > 0), the share that truly gain, and the Brier score.
import { describe, expect, it } from 'vitest';
import { reliability, reliabilityTable } from '../../src/core/recovery';

const plan = (p: number, gains: boolean) => ({ decision: { pUpliftPositive: p, trulyGains: gains } }) as never;

describe('reliability', () => {
  it('bins by stated probability (1 and 0.9 in the top bin) and counts the plans that truly gain', () => {
    const r = reliability([plan(0.2, false), plan(0.55, true), plan(0.69, false), plan(0.9, true), plan(1, false), plan(0.95, true)]);
    expect(r.bins.map((b) => [b.lo, b.hi, b.plans, b.gains])).toEqual([[0, 0.5, 1, 0], [0.5, 0.7, 2, 1], [0.7, 0.9, 0, 0], [0.9, 1, 3, 2]]);
    expect(r.bins[3].meanStated).toBeCloseTo(0.95, 12);
    expect(Number.isNaN(r.bins[2].meanStated)).toBe(true);
  });
  it('Brier score: 0 for certain and right, 1 for certain and wrong, 0.25 for always 0.5', () => {
    expect(reliability([plan(1, true), plan(0, false)]).brier).toBe(0);
    expect(reliability([plan(1, false), plan(0, true)]).brier).toBe(1);
    expect(reliability([plan(0.5, false), plan(0.5, true)]).brier).toBe(0.25);
    // (0.2^2 + 0.9^2) / 2
    expect(reliability([plan(0.8, true), plan(0.9, false)]).brier).toBeCloseTo(0.425, 12);
  });
  it('prints a markdown table with the Brier score', () => {
    const t = reliabilityTable(reliability([plan(0.95, true), plan(0.99, false)]));
    expect(t).toContain('| 0.9-1.0 | 2 | 0.97 | 1/2 (50%) |');
    expect(t).toContain('| 0.0-0.5 | 0 | - | - |');
    expect(t).toMatch(/Brier score 0\.4/);
  });
});
