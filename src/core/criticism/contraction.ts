// Prior-to-posterior contraction of each channel's ROI, 1 - posterior variance / prior variance (Betancourt 2018):
// near 1 the data pinned the ROI down; near 0 (or below) the ROI is what the prior said. The prior ROI draws are the
// prior predictive's (core/model/prior-predictive) on the fitted rows; the posterior ROI the one posterior pass's.
import type { ModelJson } from '../fit/model-json';
import { firstRows } from '../fit/holdout';
import { samplePriorPredictive } from '../model';
import { posteriorPass } from '../posterior';
import { variance } from '../stats';
import { ROI_PRIOR_DRAWS } from '../diagnostics/thresholds';
import { putOwn } from '../data/records';

export interface RoiContraction {
  priorSd: number;
  posteriorSd: number;
  /** 1 - posterior var / prior var (NaN when the prior's variance is not finite and positive). */
  contraction: number;
}

export function roiContraction(model: ModelJson, opts: { priorDraws?: number; seed?: number } = {}): Record<string, RoiContraction> {
  const pass = posteriorPass(model);
  const prior = samplePriorPredictive(model.spec, firstRows(model.data, pass.nFit), { draws: opts.priorDraws ?? ROI_PRIOR_DRAWS, seed: opts.seed ?? 1 });
  const out: Record<string, RoiContraction> = {};
  for (const name of pass.channels) {
    const pv = variance(prior.roi[name]);
    const qv = variance(pass.roi[name]);
    const ok = Number.isFinite(pv) && pv > 0 && Number.isFinite(qv);
    putOwn(out, name, { priorSd: Math.sqrt(pv), posteriorSd: Math.sqrt(qv), contraction: ok ? 1 - qv / pv : NaN });
  }
  return out;
}
