// What crosses from the CSV worker to the page: a parse preview (header, a few rows, counts) and an ingest
// result whose numbers travel as one transferable Float64Array, never millions of strings or boxed numbers.
import type { ParsedCsv } from '../../core/data';
import type { DataIssue, IngestResult, MmmData } from '../../core/data';

/** Rows of a parse kept for the page (the column table shows the first three values of each column). */
export const PREVIEW_ROWS = 3;

/** A ParsedCsv without its bulk: the header, the first PREVIEW_ROWS rows and how many rows there are. */
export interface ParsedPreview {
  header: string[];
  rows: string[][];
  rowCount: number;
  delimiter: string;
  issues: DataIssue[];
}

export function previewOf(parsed: ParsedCsv): ParsedPreview {
  return { header: parsed.header, rows: parsed.rows.slice(0, PREVIEW_ROWS), rowCount: parsed.rows.length, delimiter: parsed.delimiter, issues: parsed.issues };
}

/** MmmData with every series in one buffer: kpi, dayOfYear, then each channel and control, `dates.length` values each. */
export interface PackedData {
  dates: string[];
  frequency: MmmData['frequency'];
  kpiName: string;
  channels: string[];
  controls: string[];
  values: Float64Array;
}

export type PackedIngest =
  | { ok: true; data: PackedData; warnings: DataIssue[] }
  | { ok: false; errors: DataIssue[]; warnings: DataIssue[] };

export function packIngest(r: IngestResult): { packed: PackedIngest; transfer: Transferable[] } {
  if (!r.ok) return { packed: r, transfer: [] };
  const d = r.data;
  const n = d.dates.length;
  const channels = Object.keys(d.channels);
  const controls = Object.keys(d.controls);
  const series = [d.kpi, d.dayOfYear, ...channels.map((c) => d.channels[c]), ...controls.map((c) => d.controls[c])];
  const values = new Float64Array(series.length * n);
  series.forEach((s, k) => values.set(s, k * n));
  return {
    packed: { ok: true, warnings: r.warnings, data: { dates: d.dates, frequency: d.frequency, kpiName: d.kpiName, channels, controls, values } },
    transfer: [values.buffer],
  };
}

/** Back to an IngestResult; `pause` is awaited between series so a wide table is rebuilt in short slices. */
export async function unpackIngest(p: PackedIngest, pause: () => Promise<void> = async () => {}): Promise<IngestResult> {
  if (!p.ok) return p;
  const { dates, values } = p.data;
  const n = dates.length;
  const series: number[][] = [];
  const count = values.length / Math.max(n, 1);
  for (let k = 0; k < count; k++) {
    const s = new Array<number>(n);
    for (let i = 0, o = k * n; i < n; i++) s[i] = values[o + i];
    series.push(s);
    if (k % 16 === 15) await pause();
  }
  const [kpi, dayOfYear] = series;
  const named = (names: string[], from: number) => Object.fromEntries(names.map((c, i) => [c, series[from + i]]));
  const data: MmmData = {
    dates, frequency: p.data.frequency, dayOfYear: dayOfYear ?? [], kpiName: p.data.kpiName, kpi: kpi ?? [],
    channels: named(p.data.channels, 2),
    controls: named(p.data.controls, 2 + p.data.channels.length),
  };
  return { ok: true, data, warnings: p.warnings };
}
