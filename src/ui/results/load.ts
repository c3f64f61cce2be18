// Computes a model's Results view once (in a Web Worker when there is one, so the page stays live), cached per model.
import * as Comlink from 'comlink';
import type { ModelJson } from '../../core/fit';
import { loadResultsData } from './posterior-source';
import { precompute, type ResultsView } from './precompute';
import type { ResultsData } from './results-data';
import type { ResultsWorkerApi } from './results.worker';

const cache = new WeakMap<ModelJson, Promise<ResultsView>>();

async function inWorker(model: ModelJson): Promise<ResultsData> {
  // Vite bundles the worker from this exact `new Worker(new URL(...))` form.
  const worker = new Worker(new URL('./results.worker.ts', import.meta.url), { type: 'module', name: 'marginal-results' });
  const api = Comlink.wrap<ResultsWorkerApi>(worker);
  // A worker that fails to load never answers: turn its error event into a rejection.
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => reject(new Error(`results worker failed: ${e.message || 'could not load'}`)));
  });
  try {
    return await Promise.race([api.compute(model), failed]);
  } finally {
    api[Comlink.releaseProxy]();
    worker.terminate();
  }
}

function inline(model: ModelJson): Promise<ResultsData> {
  // Yield first so the page can paint its "computing" state.
  return new Promise((resolve, reject) => setTimeout(() => {
    try { resolve(loadResultsData(model)); } catch (e) { reject(e); }
  }, 20));
}

async function compute(model: ModelJson): Promise<ResultsView> {
  let data: ResultsData;
  if (typeof Worker === 'undefined') data = await inline(model);
  else {
    try {
      data = await inWorker(model);
    } catch (e) {
      // A model the worker cannot take (e.g. not cloneable) or a worker that failed to start: compute here instead.
      if (e instanceof Error && /clone|worker|import|module/i.test(`${e.name} ${e.message}`)) data = await inline(model);
      else throw e;
    }
  }
  return precompute(data);
}

export function resultsView(model: ModelJson): Promise<ResultsView> {
  let p = cache.get(model);
  if (!p) {
    p = compute(model);
    cache.set(model, p);
    p.catch(() => cache.delete(model));
  }
  return p;
}

/** "week" or "day", for axis labels. */
export function periodWord(model: ModelJson): string {
  return model.data.frequency === 'daily' ? 'day' : 'week';
}
