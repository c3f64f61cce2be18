// The recovery benchmark's scoring: fit a suite dataset from its CSV with the defaults and score it against the truth.
export { fitFromCsv } from './fit-csv';
export { roiScores, meanAbsRelError, type RoiScore } from './roi-recovery';
export { contributionSrmse } from './contribution-srmse';
export { decisionScore, MAX_CHANGE, type DecisionScore } from './decision';
export { trueOptimum, type BoxProblem } from './true-optimum';
export { scoreDataset, type DatasetResult } from './score-dataset';
export { summarize, summaryLine, type RecoverySummary } from './summary';
export { resultsTable, tableRow, misses } from './table';
export { reliability, reliabilityTable, RELIABILITY_EDGES, type Reliability, type ReliabilityBin } from './reliability';
