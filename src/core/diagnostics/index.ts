// Convergence diagnostics with the definitions of the `posterior` R package 1.4 (Vehtari et al. 2021).
export { rhat, rhatBasic } from './rhat';
export { essBulk, essTail, essBasic, essMean, essQuantile, essRaw } from './ess';
export { mcseMean, mcseSd, mcseQuantile } from './mcse';
export { ebfmi, countDivergences, countTreedepthSaturated } from './sampler-checks';
export { summarizeDraws, type DrawsSummary } from './summarize';
export { autocovariance } from './autocovariance';
export { zScale, foldDraws, averageRanks } from './rank';
export { splitChains, pooled, type Chains } from './draws-matrix';
export { rankPlot, type RankPlot, type RankHistogram } from './rank-plot';
export { energyPlot, type EnergyPlot, type DensityBin } from './energy-plot';
export { convergenceOk, convergenceSentence, essOk, parameterFindings, parameterLevel, problemFindings, rhatOk, runFindings } from './verdicts';
export { EBFMI_MIN, RHAT_WARN } from './thresholds';
