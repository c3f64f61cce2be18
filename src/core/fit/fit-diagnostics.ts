// Convergence diagnostics of a fit: per-parameter summaries (R-hat, ESS) and the run-level figures in model.json.
import { summarizeDraws, ebfmi, countDivergences, countTreedepthSaturated } from '../diagnostics';
import { mean } from '../stats';
import type { Diagnostics, ParameterSummary, SamplerStats } from './model-json';

/** Chains that drew nothing are left out and the rest truncated to a common length
 *  (only a cancelled run has ragged chains; R-hat needs equal lengths). */
function usableChains(perChain: number[][]): number[][] {
  const kept = perChain.filter((c) => c.length > 0);
  const n = Math.min(...kept.map((c) => c.length));
  return kept.map((c) => c.slice(0, n));
}

export function summarizeParameters(draws: Record<string, number[][]>): Record<string, ParameterSummary> {
  const out: Record<string, ParameterSummary> = {};
  for (const [name, perChain] of Object.entries(draws)) {
    const chains = usableChains(perChain);
    out[name] = chains.length && chains[0].length >= 4 ? summarizeDraws(chains) : emptySummary(chains.flat());
  }
  return out;
}

function emptySummary(values: number[]): ParameterSummary {
  return { mean: mean(values), sd: NaN, q03: NaN, q97: NaN, rhat: NaN, ess_bulk: NaN, ess_tail: NaN };
}

export function runDiagnostics(
  parameters: Record<string, ParameterSummary>,
  sampler: SamplerStats,
  maxDepth: number,
  seconds: number,
  gradients: number,
): Diagnostics {
  const ps = Object.values(parameters);
  // A parameter that never moves (NaN R-hat) must not hide the others; report the worst finite figure.
  const finite = (xs: number[]) => xs.filter((x) => Number.isFinite(x));
  const maxOf = (xs: number[]) => (finite(xs).length ? Math.max(...finite(xs)) : NaN);
  const minOf = (xs: number[]) => (finite(xs).length ? Math.min(...finite(xs)) : NaN);
  const energy = sampler.energy.filter((e) => e.length >= 2);
  return {
    max_rhat: maxOf(ps.map((p) => p.rhat)),
    min_ess_bulk: minOf(ps.map((p) => p.ess_bulk)),
    min_ess_tail: minOf(ps.map((p) => p.ess_tail)),
    divergences: countDivergences(sampler.divergent),
    treedepth_saturated: countTreedepthSaturated(sampler.treedepth, maxDepth),
    ebfmi: energy.map((e) => ebfmi(e)),
    seconds,
    gradients,
  };
}
