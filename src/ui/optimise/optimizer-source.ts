// The optimizer as the Optimise page calls it: in a Web Worker in the browser (tfjs off the UI thread), in-process elsewhere.
import * as Comlink from 'comlink';
import type { ModelJson } from '../../core/fit';
import type { Frontier, FrontierOptions, OptimizeOptions, Plan } from '../../core/optimizer';
import { INTERACTIVE_FRONTIER_DRAWS } from '../../core/optimizer/defaults';
import type { OptimizerWorkerApi } from './optimizer.worker';

interface Backend {
  optimize(opts: OptimizeOptions): Promise<Plan>;
  frontier(opts: FrontierOptions): Promise<Frontier>;
  planCsv(plan: Plan): Promise<string>;
  close(): void;
}

function workerBackend(model: ModelJson): Backend {
  // Vite bundles the worker from this exact `new Worker(new URL(...))` form.
  const worker = new Worker(new URL('./optimizer.worker.ts', import.meta.url), { type: 'module', name: 'marginal-optimizer' });
  const api = Comlink.wrap<OptimizerWorkerApi>(worker);
  const ready = api.setModel(model);
  return {
    optimize: async (o) => { await ready; return api.optimize(o); },
    frontier: async (o) => { await ready; return api.frontier(o); },
    planCsv: async (p) => api.planCsv(p),
    close: () => { api[Comlink.releaseProxy](); worker.terminate(); },
  };
}

function inlineBackend(model: ModelJson): Backend {
  const mod = import('../../core/optimizer/index');
  return {
    optimize: async (o) => (await mod).optimizeBudget(model, o),
    frontier: async (o) => (await mod).budgetFrontier(model, o),
    planCsv: async (p) => (await mod).planToCsv(p),
    close: () => {},
  };
}

/** One optimizer per model (the worker holds the model, sent once). */
export class OptimizerClient {
  private backend: Backend;
  constructor(model: ModelJson) {
    this.backend = typeof Worker !== 'undefined' ? workerBackend(model) : inlineBackend(model);
  }
  optimize(opts: OptimizeOptions): Promise<Plan> {
    return this.backend.optimize(opts);
  }
  frontier(opts: OptimizeOptions): Promise<Frontier> {
    const { budget: _budget, maxStepChange: _phases, ...rest } = opts;
    // The core's budget sweep (defaultFractions), over fewer draws than the CLI for interactivity.
    return this.backend.frontier({ ...rest, maxDraws: INTERACTIVE_FRONTIER_DRAWS, randomStarts: 0 });
  }
  planCsv(plan: Plan): Promise<string> {
    return this.backend.planCsv(plan);
  }
  close(): void {
    this.backend.close();
  }
}
