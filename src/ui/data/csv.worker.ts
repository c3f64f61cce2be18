// Reads a large CSV off the main thread: the same src/core/data parsing, detection and validation, in a Web Worker.
// The worker keeps the parse of the last file, so a remapping sends only the mapping; replies are small
// (a preview and a packed, transferred dataset: see ./packed-dataset).
import * as Comlink from 'comlink';
import type { ColumnMapping } from '../../core/data';
import { detectColumns, ingestParsed, parseCsv, type ParsedCsv } from './core-data';
import { packIngest, previewOf } from './packed-dataset';

let held: { id: number; parsed: ParsedCsv } | null = null;

function hold(id: number, text: string): ParsedCsv {
  if (held?.id !== id) held = { id, parsed: parseCsv(text) };
  return held.parsed;
}

function detect(parsed: ParsedCsv) {
  const preview = previewOf(parsed);
  try {
    return { parsed: preview, detected: detectColumns(parsed.header, parsed.rows), error: null };
  } catch (e) {
    return { parsed: preview, detected: null, error: (e as Error).message };
  }
}

const api = {
  /** Reads a file here (decoding 50 MB off the page), parses and detects it as text `id`; the text goes back once. */
  async read(id: number, file: Blob) {
    const text = await file.text();
    return { text, ...detect(hold(id, text)) };
  },
  /** Parses and detects columns of text `id`. */
  parseAndDetect(id: number, text: string) {
    return detect(hold(id, text));
  },
  /** Validates text `id` against a mapping; the text is sent only when the worker does not hold it already. */
  ingest(id: number, text: string | null, mapping: ColumnMapping) {
    if (held?.id !== id && text === null) return { missing: true as const };
    const parsed = held?.id === id ? held.parsed : hold(id, text!);
    const { packed, transfer } = packIngest(ingestParsed(parsed, mapping));
    return Comlink.transfer({ missing: false as const, parsed: previewOf(parsed), result: packed }, transfer);
  },
};

Comlink.expose(api);
export type CsvWorkerApi = typeof api;
