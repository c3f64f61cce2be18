// The model criticism of a fitted model, computed once per model (in a Web Worker when there is one, so the page stays
// live) and shared by the Fit page, the Results page and the report.
import * as Comlink from 'comlink';
import type { ModelJson } from '../../core/fit';
import { modelCriticism, type ModelCriticism } from '../../core/criticism';
import type { CriticismWorkerApi } from './criticism.worker';

const cache = new WeakMap<ModelJson, Promise<ModelCriticism>>();
const settled = new WeakMap<ModelJson, ModelCriticism>();

async function inWorker(model: ModelJson): Promise<ModelCriticism> {
  // Vite bundles the worker from this exact `new Worker(new URL(...))` form.
  const worker = new Worker(new URL('./criticism.worker.ts', import.meta.url), { type: 'module', name: 'marginal-criticism' });
  const api = Comlink.wrap<CriticismWorkerApi>(worker);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => reject(new Error(`criticism worker failed: ${e.message || 'could not load'}`)));
  });
  try {
    return await Promise.race([api.compute(model), failed]);
  } finally {
    api[Comlink.releaseProxy]();
    worker.terminate();
  }
}

function inline(model: ModelJson): Promise<ModelCriticism> {
  return new Promise((resolve, reject) => setTimeout(() => {
    try { resolve(modelCriticism(model)); } catch (e) { reject(e); }
  }, 20));
}

async function compute(model: ModelJson): Promise<ModelCriticism> {
  if (typeof Worker === 'undefined') return inline(model);
  try {
    return await inWorker(model);
  } catch (e) {
    if (e instanceof Error && /clone|worker|import|module/i.test(`${e.name} ${e.message}`)) return inline(model);
    throw e;
  }
}

/** The criticism of this model (cached; a failed computation is tried again on the next call). */
export function criticismOf(model: ModelJson): Promise<ModelCriticism> {
  let p = cache.get(model);
  if (!p) {
    p = compute(model);
    cache.set(model, p);
    p.then((c) => settled.set(model, c), () => cache.delete(model));
  }
  return p;
}

/** The criticism when it has been computed (for synchronous readers such as the report), else undefined. */
export function settledCriticism(model: ModelJson): ModelCriticism | undefined {
  return settled.get(model);
}
