// Reads a large CSV off the main thread: the same src/core/data parsing, detection and validation, in a Web Worker.
// The page posts a Blob (cheap: no text is copied); the worker decodes and parses it and keeps the parse of the last
// file, so a remapping only validates again. Replies are small (a preview and a packed, transferred dataset: see
// ./packed-dataset).
import * as Comlink from 'comlink';
import type { ColumnMapping } from '../../core/data';
import { detectColumns, ingestParsed, parseCsv, type ParsedCsv } from './core-data';
import { packIngest, previewOf } from './packed-dataset';

// The parse of the last file read (null for a model.json, which the page reads itself); its text is not kept.
let held: { id: number; parsed: Promise<ParsedCsv | null> } | null = null;

function hold(id: number, file: Blob): Promise<ParsedCsv | null> {
  if (held?.id !== id) held = { id, parsed: file.text().then((text) => (text.trimStart().startsWith('{') ? null : parseCsv(text))) };
  return held.parsed;
}

function detect(parsed: ParsedCsv) {
  const preview = previewOf(parsed);
  try {
    return { parsed: preview, detected: detectColumns(parsed.header, parsed.rows), error: null, json: false };
  } catch (e) {
    return { parsed: preview, detected: null, error: (e as Error).message, json: false };
  }
}

const api = {
  /** Reads file `id` here (decoding 50 MB off the page), parses and detects it; a model.json is only flagged. */
  async read(id: number, file: Blob) {
    const parsed = await hold(id, file);
    return parsed ? detect(parsed) : { parsed: previewOf(parseCsv('')), detected: null, error: null, json: true };
  },
  /** Validates file `id` against a mapping; the file is read again only when the worker does not hold its parse. */
  async ingest(id: number, file: Blob, mapping: ColumnMapping) {
    const parsed = (await hold(id, file)) ?? parseCsv('');
    const { packed, transfer } = packIngest(ingestParsed(parsed, mapping));
    return Comlink.transfer({ parsed: previewOf(parsed), result: packed }, transfer);
  },
};

Comlink.expose(api);
export type CsvWorkerApi = typeof api;
