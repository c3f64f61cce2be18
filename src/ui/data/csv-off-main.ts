// Large CSVs are parsed and validated in a Web Worker (csv.worker.ts) so the page stays responsive; small ones inline.
// A large CSV reaches the worker as a Blob (the File as chosen, or as restored from IndexedDB): its text is never
// decoded, copied or held on the page. Only small messages cross back: a parse preview and the dataset packed in
// one transferred buffer.
import * as Comlink from 'comlink';
import type { ColumnMapping, DetectedMapping, IngestResult } from '../../core/data';
import type { CsvWorkerApi } from './csv.worker';
import { unpackIngest, type ParsedPreview } from './packed-dataset';

/** From this size on (characters or bytes), parsing and validation move off the main thread (~30 ms of work inline). */
export const LARGE_CSV_CHARS = 256 * 1024;

const canWork = (): boolean => typeof Worker !== 'undefined';

/** A file this large is read by the worker rather than the page. */
export function isLargeFile(file: Blob): boolean {
  return file.size >= LARGE_CSV_CHARS && canWork();
}

/** Whether a dataset's CSV is read in the worker: a Blob always (only the worker reads it), text from LARGE_CSV_CHARS on. */
export function isLargeCsv(csv: string | Blob): boolean {
  return typeof csv !== 'string' || (csv.length >= LARGE_CSV_CHARS && canWork());
}

let api: Comlink.Remote<CsvWorkerApi> | null = null;

function worker(): Comlink.Remote<CsvWorkerApi> {
  // Vite bundles the worker from this exact `new Worker(new URL(...))` form; one worker serves the session.
  api ??= Comlink.wrap<CsvWorkerApi>(new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module', name: 'marginal-csv' }));
  return api;
}

// The CSV the worker holds the parse of, by identity; large text (an older saved session, a restored model) is
// wrapped in a Blob once, so posting it is cheap.
let sent: { id: number; source: string | Blob; blob: Blob } | null = null;
let nextId = 1;

function blobOf(csv: string | Blob): { id: number; blob: Blob } {
  if (sent?.source !== csv) sent = { id: nextId++, source: csv, blob: typeof csv === 'string' ? new Blob([csv], { type: 'text/csv' }) : csv };
  return sent;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Detected = { parsed: ParsedPreview; detected: DetectedMapping | null; error: string | null; json: boolean };

/** Reads, parses and detects a file in the worker (`json`: it is a model.json after all, read it on the page). */
export async function readOffMain(file: Blob): Promise<Detected> {
  const { id, blob } = blobOf(file);
  return worker().read(id, blob);
}

/** Validates a CSV against a mapping in the worker; the worker reads the Blob only when it does not hold its parse. */
export async function ingestOffMain(csv: string | Blob, mapping: ColumnMapping): Promise<{ parsed: ParsedPreview; result: IngestResult }> {
  const { id, blob } = blobOf(csv);
  const reply = await worker().ingest(id, blob, mapping);
  return { parsed: reply.parsed, result: await unpackIngest(reply.result, pause) };
}
