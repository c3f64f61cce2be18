// Posterior predictive draws of the KPI: mu plus observation noise (Normal or Student-t), seeded, original units.
import type { ModelJson } from '../fit/model-json';
import type { PosteriorWindow } from './context';
import type { DrawOptions } from './draws';
import { posteriorPass } from './pass';
import { createRng } from '../stats';

export interface PredictiveOptions extends DrawOptions {
  seed?: number;
  /** 'all' (default): every row of model.data, a holdout included; 'fit': the rows the model was fitted on. */
  window?: PosteriorWindow;
}

/** yrep[draw][t] in original KPI units, every row by default. Same seed and draws, same output on every host. */
export function posteriorPredictive(model: ModelJson, opts: PredictiveOptions = {}): Float64Array[] {
  const pass = posteriorPass(model, opts);
  const rng = createRng(opts.seed ?? 1);
  const studentT = model.spec.likelihood === 'student-t';
  const sigma = pass.draws.column('sigma');
  const nu = studentT ? pass.draws.column('nu') : undefined;
  // mu is stored in original units: the noise, drawn in the scaled space, is scaled alike.
  const k = model.scaling.kpi;
  const width = (opts.window ?? 'all') === 'all' ? pass.T : pass.nFit;
  return Array.from({ length: pass.n }, (_, d) => {
    const out = new Float64Array(width);
    for (let t = 0; t < width; t++) out[t] = pass.mu[d * pass.T + t] + sigma[d] * (nu ? rng.studentT(nu[d]) : rng.normal()) * k;
    return out;
  });
}
