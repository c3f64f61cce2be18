// The current dataset as parsed and validated by src/core/data, recomputed only when the CSV or mapping changes.
// Small CSVs are read inline; large ones (a Blob, or long text) in a Web Worker (../data/csv-off-main), shown as
// "reading" meanwhile; the page never holds a large CSV's text.
import { untrack } from 'svelte';
import type { ColumnMapping, IngestResult } from '../../core/data';
import { ingestCsv, parseCsv } from '../data/core-data';
import { ingestOffMain, isLargeCsv } from '../data/csv-off-main';
import { previewOf, type ParsedPreview } from '../data/packed-dataset';
import { session } from './session.svelte';

const mappingKey = (m: ColumnMapping): string => JSON.stringify([m.date, m.kpi, m.channels, m.controls]);

interface OffMain { csv: string | Blob; key: string; parsed: ParsedPreview; result: IngestResult }

class DatasetView {
  // Raw: a large dataset is read, not deeply proxied.
  #offMain = $state.raw<OffMain | null>(null);
  /** A large CSV is being read in the worker. */
  reading = $state(false);
  /** Where the current dataset was parsed (shown on the Data step; the e2e test checks it). */
  parsedIn = $derived<'worker' | 'page' | null>(session.dataset ? (isLargeCsv(session.dataset.csv) ? 'worker' : 'page') : null);
  #current = $derived.by((): OffMain | null => {
    const ds = session.dataset;
    const o = this.#offMain;
    return ds && o && o.csv === ds.csv && o.key === mappingKey(ds.mapping) ? o : null;
  });
  parsed = $derived.by((): ParsedPreview | null => {
    const ds = session.dataset;
    if (!ds) return null;
    return typeof ds.csv !== 'string' || isLargeCsv(ds.csv) ? (this.#current?.parsed ?? null) : previewOf(parseCsv(ds.csv));
  });
  result = $derived.by((): IngestResult | null => {
    const ds = session.dataset;
    if (!ds) return null;
    return typeof ds.csv !== 'string' || isLargeCsv(ds.csv) ? (this.#current?.result ?? null) : ingestCsv(ds.csv, ds.mapping);
  });
  data = $derived(this.result?.ok ? this.result.data : null);

  constructor() {
    $effect.root(() => {
      $effect(() => {
        const ds = session.dataset;
        if (!ds || !isLargeCsv(ds.csv)) return;
        const csv = ds.csv;
        const mapping = $state.snapshot(ds.mapping) as ColumnMapping;
        const key = mappingKey(mapping);
        if (untrack(() => this.#current)) return;
        this.reading = true;
        ingestOffMain(csv, mapping)
          .then(({ parsed, result }) => { this.#offMain = { csv, key, parsed, result }; })
          .catch((e: Error) => {
            // The worker could not run (or the saved file is gone): say so rather than leave the page empty.
            const parsed = previewOf(parseCsv(typeof csv === 'string' ? csv : ''));
            this.#offMain = { csv, key, parsed, result: { ok: false, errors: [{ message: `reading the CSV failed: ${e.message}` }], warnings: [] } };
          })
          .finally(() => { this.reading = false; });
      });
    });
  }
}

export const dataset = new DatasetView();
