// Restores a saved model.json (from the Export page or the CLI): its fit, its spec and the data it was fitted on.
import type { ModelJson } from '../../core/fit';
import { dataToCsv } from '../data/to-csv';
import { session } from './session.svelte';

export function restoreModel(model: ModelJson, name: string): void {
  const { csv, mapping } = dataToCsv(model.data, model.spec.date || 'date');
  session.dataset = { name, source: 'model', csv, mapping, frequency: model.data.frequency };
  session.spec = structuredClone(model.spec);
  session.fitConfig = { ...model.fit };
  session.model = model;
  session.plan = null;
}
