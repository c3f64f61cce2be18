// One scalar's summary row: mean, sd, 3%/97% quantiles, R-hat, bulk/tail ESS, MCSE of the mean.
import { pooled, type Chains } from './draws-matrix';
import { mean as meanOf, quantileSorted, sd } from '../stats';
import { essBulk, essTail } from './ess';
import { rhat } from './rhat';
import { mcseMean } from './mcse';

export interface DrawsSummary {
  mean: number;
  sd: number;
  q03: number;
  q97: number;
  rhat: number;
  ess_bulk: number;
  ess_tail: number;
  mcse_mean: number;
}

export function summarizeDraws(chains: Chains): DrawsSummary {
  const all = pooled(chains);
  const mean = meanOf(all);
  const sorted = all.slice().sort();
  return {
    mean,
    sd: sd(all),
    q03: quantileSorted(sorted, 0.03),
    q97: quantileSorted(sorted, 0.97),
    rhat: rhat(chains),
    ess_bulk: essBulk(chains),
    ess_tail: essTail(chains),
    mcse_mean: mcseMean(chains),
  };
}
