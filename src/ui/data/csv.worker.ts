// Reads a large CSV off the main thread: the same src/core/data parsing, detection and validation, in a Web Worker.
import * as Comlink from 'comlink';
import type { ColumnMapping } from '../../core/data/types';
import { detectColumns, ingestCsv, parseCsv } from './core-data';

const api = {
  parseAndDetect(text: string) {
    const parsed = parseCsv(text);
    try {
      return { parsed, detected: detectColumns(parsed.header, parsed.rows), error: null };
    } catch (e) {
      return { parsed, detected: null, error: (e as Error).message };
    }
  },
  ingest(text: string, mapping: ColumnMapping) {
    return { parsed: parseCsv(text), result: ingestCsv(text, mapping) };
  },
};

Comlink.expose(api);
export type CsvWorkerApi = typeof api;
