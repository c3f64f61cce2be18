// Posterior predictive draws of the KPI: mu plus observation noise (Normal or Student-t), seeded, original units.
import type { ModelJson } from '../fit/model-json';
import { forwardModel } from '../model/forward';
import { posteriorContext, type PosteriorWindow } from './context';
import { drawRecords, type DrawOptions } from './draws';
import { createRng } from '../stats';

export interface PredictiveOptions extends DrawOptions {
  seed?: number;
  /** 'all' (default): every row of model.data, a holdout included; 'fit': the rows the model was fitted on. */
  window?: PosteriorWindow;
}

/** yrep[draw][t] in original KPI units, every row by default. Same seed and draws, same output on every host. */
export function posteriorPredictive(model: ModelJson, opts: PredictiveOptions = {}): Float64Array[] {
  const ctx = posteriorContext(model, opts.window ?? 'all');
  const rng = createRng(opts.seed ?? 1);
  const studentT = ctx.spec.likelihood === 'student-t';
  return drawRecords(model, opts).map((v) => {
    const mu = forwardModel(ctx.spec, ctx.scaled, v).mu;
    const sigma = v.sigma;
    const nu = v.nu;
    return Float64Array.from(mu, (m) => (m + sigma * (studentT ? rng.studentT(nu) : rng.normal())) * ctx.kpiScale);
  });
}
