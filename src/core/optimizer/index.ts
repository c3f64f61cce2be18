// The budget optimizer's public surface.
export { optimizeBudget } from './optimize';
export { budgetFrontier } from './frontier';
export { planToCsv } from './csv';
export { evaluatePlan, type PlanEvaluation } from './evaluate';
export { projectBudget } from './projection';
export type * from './types';
