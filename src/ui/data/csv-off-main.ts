// Large CSVs are parsed and validated in a Web Worker (csv.worker.ts) so the page stays responsive; small ones inline.
import * as Comlink from 'comlink';
import type { ColumnMapping, DetectedMapping, IngestResult } from '../../core/data/types';
import type { ParsedCsv } from './core-data';
import type { CsvWorkerApi } from './csv.worker';

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

export function parseAndDetectOffMain(text: string): Promise<{ parsed: ParsedCsv; detected: DetectedMapping | null; error: string | null }> {
  return worker().parseAndDetect(text);
}

export function ingestOffMain(text: string, mapping: ColumnMapping): Promise<{ parsed: ParsedCsv; result: IngestResult }> {
  return worker().ingest(text, mapping);
}
