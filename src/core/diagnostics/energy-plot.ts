// Energy plot numbers: the marginal energy distribution (centred per chain) against the energy transitions between
// draws, as densities on shared bins; similar widths (E-BFMI near 1) mean good exploration.
import { bin, scaleLinear, ticks } from 'd3';
import { mean } from '../stats';

export interface DensityBin { x0: number; x1: number; density: number }

export interface EnergyPlot {
  /** The x domain both histograms share (rounded outward to nice values). */
  domain: [number, number];
  marginal: DensityBin[];
  transition: DensityBin[];
  /** The largest density of either histogram (1 when there is none). */
  maxDensity: number;
}

/** Histogram densities of energy minus its chain mean and of the change between successive draws; null with fewer than two energies. */
export function energyPlot(energy: ArrayLike<number>[], bins = 40): EnergyPlot | null {
  // Centred per chain: chains may sit at different energy levels only through their means.
  const marginal: number[] = [];
  const transition: number[] = [];
  for (const e of energy) {
    const m = mean(e);
    for (let i = 0; i < e.length; i++) marginal.push(e[i] - m);
    for (let i = 1; i < e.length; i++) transition.push(e[i] - e[i - 1]);
  }
  if (marginal.length < 2) return null;
  let lo = Infinity, hi = -Infinity;
  for (const v of [...marginal, ...transition]) { if (v < lo) lo = v; if (v > hi) hi = v; }
  // d3's linear-scale nice (not d3-array's nice, which rounds a few ranges differently): the chart's x domain.
  const domain = scaleLinear().domain([lo, hi]).nice().domain() as [number, number];
  const binner = bin().domain(domain).thresholds(ticks(domain[0], domain[1], bins));
  const densities = (values: number[]): DensityBin[] =>
    binner(values).map((b) => {
      const x0 = b.x0 ?? 0, x1 = b.x1 ?? 0;
      return { x0, x1, density: values.length ? b.length / values.length / Math.max(1e-12, x1 - x0) : 0 };
    });
  const m = densities(marginal), t = densities(transition);
  let maxDensity = 0;
  for (const b of [...m, ...t]) if (b.density > maxDensity) maxDensity = b.density;
  return { domain, marginal: m, transition: t, maxDensity: maxDensity > 0 ? maxDensity : 1 };
}
