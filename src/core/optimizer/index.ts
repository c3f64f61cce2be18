// The budget optimizer's public surface.
export { optimizeBudget } from './optimize';
export { budgetFrontier } from './frontier';
export { planToCsv } from './csv';
export { evaluatePlan, type PlanEvaluation } from './evaluate';
export { projectBudget } from './projection';
export type * from './types';
export { DEFAULT_EXTRAPOLATE, DEFAULT_HORIZON, DEFAULT_MAX_DRAWS, DEFAULT_OBJECTIVE, FRONTIER_FROM, FRONTIER_POINTS, FRONTIER_TO, INTERACTIVE_FRONTIER_DRAWS, INTERACTIVE_PLAN_DRAWS, defaultHorizon } from './defaults';
