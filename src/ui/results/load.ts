// Computes a model's Results view off the current task, so the page can paint "computing" first; caches per model.
import type { ModelJson } from '../../core/fit/model-json';
import { loadResultsData } from './posterior-source';
import { precompute, type ResultsView } from './precompute';

const cache = new WeakMap<ModelJson, ResultsView>();

export function resultsView(model: ModelJson): Promise<ResultsView> {
  const hit = cache.get(model);
  if (hit) return Promise.resolve(hit);
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        const v = precompute(loadResultsData(model));
        cache.set(model, v);
        resolve(v);
      } catch (e) {
        reject(e);
      }
    }, 20);
  });
}

/** "week" or "day", for axis labels. */
export function periodWord(model: ModelJson): string {
  return model.data.frequency === 'daily' ? 'day' : 'week';
}
