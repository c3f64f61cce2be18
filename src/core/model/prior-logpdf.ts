// Prior log densities in TS, dropping the same constants as the WASM (assembly/mmm/priors.ts).
import type { PriorSpec } from './spec';

export function priorLogpdf(dist: PriorSpec['dist'], p: readonly number[], x: number): number {
  const [p1, p2, p3, p4] = p;
  switch (dist) {
    case 'Normal': return -0.5 * ((x - p1) / p2) ** 2;
    case 'HalfNormal': return x < 0 ? -Infinity : -0.5 * (x / p1) ** 2;
    case 'LogNormal': return x <= 0 ? -Infinity : -Math.log(x) - 0.5 * ((Math.log(x) - p1) / p2) ** 2;
    case 'Gamma': return x <= 0 ? -Infinity : (p1 - 1) * Math.log(x) - p2 * x;
    case 'Beta': return x <= 0 || x >= 1 ? -Infinity : (p1 - 1) * Math.log(x) + (p2 - 1) * Math.log1p(-x);
    case 'Laplace': return -Math.abs(x - p1) / p2;
    case 'TruncatedNormal': return x < p3 || x > p4 ? -Infinity : -0.5 * ((x - p1) / p2) ** 2;
  }
}
