// Energy plot numbers: densities of centred energies and of energy transitions on shared bins.
import { describe, expect, it } from 'vitest';
import { energyPlot } from '../../src/core/diagnostics';

const integral = (bins: { x0: number; x1: number; density: number }[]) => bins.reduce((a, b) => a + b.density * (b.x1 - b.x0), 0);

describe('energyPlot', () => {
  it('densities integrate to 1 over a shared nice domain; chains are centred on their means', () => {
    // Two chains at different levels with the same shape: centring makes them coincide.
    const base = Array.from({ length: 200 }, (_, i) => Math.sin(i * 0.7) * 3 + Math.cos(i * 1.3));
    const p = energyPlot([base.map((v) => v + 100), base.map((v) => v - 50)])!;
    expect(integral(p.marginal)).toBeCloseTo(1, 12);
    expect(integral(p.transition)).toBeCloseTo(1, 12);
    expect(p.marginal.map((b) => b.x0)).toEqual(p.transition.map((b) => b.x0));
    expect(p.domain[0]).toBeLessThanOrEqual(p.marginal[0].x0);
    expect(p.domain[1]).toBeGreaterThanOrEqual(p.marginal[p.marginal.length - 1].x1);
    // Centred values stay within the sine's range, not 100 or -50 away.
    expect(p.domain[0]).toBeGreaterThan(-20);
    expect(p.domain[1]).toBeLessThan(20);
    expect(p.maxDensity).toBe(Math.max(...p.marginal.map((b) => b.density), ...p.transition.map((b) => b.density)));
  });
  it('the bins are d3 ticks of the niced domain (transitions span [-2, 2]: steps of 0.1)', () => {
    const p = energyPlot([[-1, 1, -1, 1, 0]])!;
    expect(p.domain).toEqual([-2, 2]);
    expect(p.marginal[1].x0).toBeCloseTo(-1.9, 12);
  });
  it('fewer than two energies: nothing to draw', () => {
    expect(energyPlot([])).toBeNull();
    expect(energyPlot([[3]])).toBeNull();
  });
  it('no transitions (one-draw chains): zero densities, not NaN', () => {
    const p = energyPlot([[1], [2]])!;
    expect(p.transition.every((b) => b.density === 0)).toBe(true);
  });
});
