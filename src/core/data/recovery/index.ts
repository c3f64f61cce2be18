// The recovery suite: seeded datasets with known truth, for scoring the product's default fit (bench/recovery.bench.ts).
export type * from './types';
export { recoverySuite, suiteConfig, SUITE_SIZE } from './suite';
export { generateRecoveryDataset } from './generate';
export { trueResponse, type PlanWindow } from './plan-response';
export { trueContributions } from './truth-effects';
export { mediaEffect, mediaTotal, type MediaEffect } from './truth-curves';
