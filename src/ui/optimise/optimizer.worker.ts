// Web Worker running the budget optimizer (tfjs included) off the page's thread, so inputs and spinners stay live.
import * as Comlink from 'comlink';
import type { ModelJson } from '../../core/fit';
import { budgetFrontier, optimizeBudget, planToCsv } from '../../core/optimizer/index';
import type { FrontierOptions, OptimizeOptions, Plan } from '../../core/optimizer';

let model: ModelJson | null = null;

function need(): ModelJson {
  if (!model) throw new Error('optimizer worker: no model loaded');
  return model;
}

const api = {
  setModel(m: ModelJson) { model = m; },
  optimize(opts: OptimizeOptions) { return optimizeBudget(need(), opts); },
  frontier(opts: FrontierOptions) { return budgetFrontier(need(), opts); },
  planCsv(plan: Plan) { return planToCsv(plan); },
};
export type OptimizerWorkerApi = typeof api;

Comlink.expose(api);
