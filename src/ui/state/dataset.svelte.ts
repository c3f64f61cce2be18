// The current dataset as parsed and validated by src/core/data, recomputed only when the CSV or mapping changes.
import { ingestCsv, parseCsv } from '../data/core-data';
import { session } from './session.svelte';

class DatasetView {
  parsed = $derived(session.dataset ? parseCsv(session.dataset.csv) : null);
  result = $derived(session.dataset ? ingestCsv(session.dataset.csv, session.dataset.mapping) : null);
  data = $derived(this.result?.ok ? this.result.data : null);
}

export const dataset = new DatasetView();
