// Restores a saved model.json (from the Export page or the CLI): its fit, its spec and the data it was fitted on.
import type { ModelJson } from '../../core/fit/model-json';
import { dataToCsv } from '../data/to-csv';
import { session } from './session.svelte';

/** Checks the shape enough to fail with a clear message instead of a broken page. */
export function parseModelJson(text: string): ModelJson {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message}`);
  }
  const m = json as Partial<ModelJson> | null;
  if (!m || typeof m !== 'object' || m.format !== 'marginal-model') throw new Error('not a Marginal model.json (its "format" is not "marginal-model")');
  if (m.version !== 1) throw new Error(`model.json version ${String(m.version)} is not supported (expected 1)`);
  for (const key of ['spec', 'data', 'draws', 'summary', 'scaling', 'fit'] as const) {
    if (!m[key] || typeof m[key] !== 'object') throw new Error(`model.json has no "${key}"`);
  }
  return m as ModelJson;
}

export function restoreModel(model: ModelJson, name: string): void {
  const { csv, mapping } = dataToCsv(model.data, model.spec.date || 'date');
  session.dataset = { name, source: 'model', csv, mapping, frequency: model.data.frequency };
  session.spec = structuredClone(model.spec);
  session.fitConfig = { ...model.fit };
  session.model = model;
  session.plan = null;
}
