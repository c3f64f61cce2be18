// Large CSVs are parsed and validated in a Web Worker (csv.worker.ts) so the page stays responsive; small ones inline.
// Only small messages cross back: a parse preview and the dataset packed in one transferred buffer.
import * as Comlink from 'comlink';
import type { ColumnMapping, DetectedMapping, IngestResult } from '../../core/data';
import type { CsvWorkerApi } from './csv.worker';
import { unpackIngest, type ParsedPreview } from './packed-dataset';

/** From this size on (characters), parsing and validation move off the main thread (~30 ms of work inline). */
export const LARGE_CSV_CHARS = 256 * 1024;

export function isLargeCsv(text: string): boolean {
  return text.length >= LARGE_CSV_CHARS && typeof Worker !== 'undefined';
}

let api: Comlink.Remote<CsvWorkerApi> | null = null;

function worker(): Comlink.Remote<CsvWorkerApi> {
  // Vite bundles the worker from this exact `new Worker(new URL(...))` form; one worker serves the session.
  api ??= Comlink.wrap<CsvWorkerApi>(new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module', name: 'marginal-csv' }));
  return api;
}

// The text the worker holds (compared by identity first, so the same string is never copied twice).
let sent: { id: number; text: string } | null = null;
let nextId = 1;

function idOf(text: string): { id: number; fresh: boolean } {
  if (sent && sent.text === text) return { id: sent.id, fresh: false };
  sent = { id: nextId++, text };
  return { id: sent.id, fresh: true };
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A file this large is read by the worker rather than the page. */
export function isLargeFile(file: Blob): boolean {
  return file.size >= LARGE_CSV_CHARS && typeof Worker !== 'undefined';
}

type Detected = { parsed: ParsedPreview; detected: DetectedMapping | null; error: string | null };

/** Reads, parses and detects a file in the worker; its text comes back (a copy, not a decode) for the session. */
export async function readOffMain(file: Blob): Promise<Detected & { text: string }> {
  const id = nextId++;
  const reply = await worker().read(id, file);
  sent = { id, text: reply.text };
  return reply;
}

/** Parses and detects text in the worker. */
export async function parseAndDetectOffMain(text: string): Promise<Detected> {
  return worker().parseAndDetect(idOf(text).id, text);
}

export async function ingestOffMain(text: string, mapping: ColumnMapping): Promise<{ parsed: ParsedPreview; result: IngestResult }> {
  const { id, fresh } = idOf(text);
  let reply = await worker().ingest(id, fresh ? text : null, mapping);
  if (reply.missing) reply = await worker().ingest(id, text, mapping);
  if (reply.missing) throw new Error('the CSV worker lost the file');
  return { parsed: reply.parsed, result: await unpackIngest(reply.result, pause) };
}
