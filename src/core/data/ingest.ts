// From a table (or CSV text) and a column mapping to a validated MmmData, or the list of what is wrong.
import { dayNumber, dayOfYear, detectDateFormat, parseDate, toIso, type CivilDate } from './dates';
import { CappedIssues, quote, rowLabel } from './issues';
import { parseNumber } from './numbers';
import { parseCsv, type ParsedCsv } from './parse';
import type { ColumnMapping, DataIssue, IngestResult, MmmData } from './types';
import {
  checkChannel, checkDateSequence, checkMapping, checkNotConstant, checkRowCount, checkRowWidths,
  roughParameterCount,
} from './validate';

export interface IngestOptions {
  /** Parameters of the model to be fitted, for the rows >= 2 x parameters check; default roughParameterCount(mapping). */
  nParameters?: number;
  /** Line in the file of each data row (from parseCsv), for messages; default row + 1. */
  lines?: number[];
  /** Decimal separator of numeric cells; ingestCsv picks ',' for semicolon files that use decimal commas. */
  decimal?: '.' | ',';
}

/** Parses CSV text and ingests it; parse problems are reported like any other error. */
export function ingestCsv(text: string, mapping: ColumnMapping, opts: IngestOptions = {}): IngestResult {
  return ingestParsed(parseCsv(text), mapping, opts);
}

/** ingestCsv on an already parsed CSV (the worker keeps one parse of a large file across remappings). */
export function ingestParsed(parsed: ParsedCsv, mapping: ColumnMapping, opts: IngestOptions = {}): IngestResult {
  if (parsed.header.length === 0) return { ok: false, errors: parsed.issues, warnings: [] };
  const warnings: DataIssue[] = [];
  let decimal = opts.decimal;
  if (decimal === undefined && parsed.delimiter === ';' && usesDecimalCommas(parsed.header, parsed.rows, mapping)) {
    decimal = ',';
    warnings.push({ message: 'semicolon-separated file with decimal commas: "12,5" is read as 12.5' });
  }
  const result = ingestTable(parsed.header, parsed.rows, mapping, { ...opts, decimal, lines: opts.lines ?? parsed.lines });
  const errors = [...parsed.issues, ...(result.ok ? [] : result.errors)];
  const allWarnings = [...warnings, ...result.warnings];
  if (errors.length > 0) return { ok: false, errors, warnings: allWarnings };
  return { ...result, warnings: allWarnings };
}

/** Decimal commas when some mapped numeric cell is "d,d" and none has a decimal point. */
function usesDecimalCommas(header: string[], rows: string[][], mapping: ColumnMapping): boolean {
  const at = new Map<string, number>();
  header.forEach((h, i) => { if (!at.has(h)) at.set(h, i); });
  const cols = [mapping.kpi, ...mapping.channels, ...mapping.controls].map((c) => at.get(c) ?? -1).filter((i) => i >= 0);
  let comma = false;
  for (const r of rows) {
    for (const i of cols) {
      const v = (r[i] ?? '').trim();
      if (/^[+-]?\d+\.\d+$/.test(v)) return false;
      if (/^[+-]?\d+,\d+$/.test(v)) comma = true;
    }
  }
  return comma;
}

/** Validates a header and string rows against the mapping; never throws on bad data. */
export function ingestTable(header: string[], rows: string[][], mapping: ColumnMapping, opts: IngestOptions = {}): IngestResult {
  const { lines } = opts;
  const names = header.map((h) => h.trim());
  const mapped = checkMapping(names, mapping);
  if (mapped.errors.length > 0) return { ok: false, errors: mapped.errors, warnings: mapped.warnings };
  const errors: DataIssue[] = [...checkRowWidths(names, rows, lines)];
  const warnings: DataIssue[] = [...mapped.warnings];
  if (rows.length === 0) return { ok: false, errors: [...errors, { message: 'there are no data rows below the header' }], warnings };
  const cell = (r: number, col: string): string => rows[r][mapped.index.get(col)!] ?? '';

  // Dates
  const dateTexts = rows.map((_, r) => cell(r, mapping.date));
  const format = detectDateFormat(dateTexts);
  const dates: (CivilDate | null)[] = [];
  const badDates = new CappedIssues('unreadable dates');
  if (!format.ok) {
    errors.push({ message: `date column ${quote(mapping.date)}: ${format.reason}`, column: mapping.date });
  } else {
    dateTexts.forEach((t, r) => {
      const d = parseDate(t, format.format);
      dates.push(d);
      if (d) return;
      badDates.add({
        message: t.trim() === ''
          ? `${rowLabel(r + 1, lines)}, column ${quote(mapping.date)}: the date is missing`
          : `${rowLabel(r + 1, lines)}, column ${quote(mapping.date)}: ${quote(t.trim())} is not a date (expected ${format.format === 'ymd' ? 'YYYY-MM-DD' : `${format.format === 'mdy' ? 'M/D/YYYY' : 'D/M/YYYY'}, like the rest of the column`})`,
        row: r + 1, column: mapping.date,
      });
    });
    errors.push(...badDates.list());
  }

  // Numbers
  const cells = new CappedIssues('missing or non-numeric cells');
  const numeric = [mapping.kpi, ...mapping.channels, ...mapping.controls];
  const values = new Map<string, number[]>();
  const clean = new Set<string>();
  for (const col of numeric) {
    const out: number[] = [];
    let ok = true;
    let grouped = 0;
    for (let r = 0; r < rows.length; r++) {
      const text = cell(r, col);
      const v = parseNumber(text, opts.decimal ?? '.');
      if (v.kind === 'number') {
        out.push(v.value);
        if (v.thousands) grouped++;
        continue;
      }
      ok = false;
      out.push(0);
      cells.add({
        message: v.kind === 'missing'
          ? `${rowLabel(r + 1, lines)}, column ${quote(col)}: the value is missing${text.trim() ? ` (${quote(text.trim())})` : ''}`
          : `${rowLabel(r + 1, lines)}, column ${quote(col)}: ${quote(text.trim())} is ${v.outOfRange ? 'out of range' : 'not a number'}${v.hint ? ` (${v.hint})` : ''}`,
        row: r + 1, column: col,
      });
    }
    if (grouped > 0) warnings.push({ message: `column ${quote(col)}: ${grouped} value${grouped === 1 ? '' : 's'} with thousands separators (e.g. "1,234.5") read as plain numbers`, column: col });
    values.set(col, out);
    if (ok) clean.add(col);
  }
  errors.push(...cells.list());

  // Date order, duplicates, frequency, gaps (only when every date could be read)
  let order = rows.map((_, r) => r);
  let frequency: MmmData['frequency'] | undefined;
  if (format.ok && badDates.count === 0) {
    const seq = checkDateSequence(dates.map((d) => dayNumber(d!)), mapping.date, lines);
    errors.push(...seq.errors);
    warnings.push(...seq.warnings);
    order = seq.order;
    frequency = seq.frequency;
  }

  // Column-level checks on columns whose cells all parsed
  const negatives = new CappedIssues('negative spend cells');
  if (clean.has(mapping.kpi)) errors.push(...checkNotConstant('KPI', mapping.kpi, values.get(mapping.kpi)!));
  for (const c of mapping.channels) if (clean.has(c)) errors.push(...checkChannel(c, values.get(c)!, order, lines, negatives));
  errors.push(...negatives.list());
  for (const c of mapping.controls) if (clean.has(c)) errors.push(...checkNotConstant('control', c, values.get(c)!));
  const nParameters = opts.nParameters ?? roughParameterCount(mapping);
  errors.push(...checkRowCount(rows.length, nParameters, opts.nParameters === undefined));

  if (errors.length > 0 || !frequency) {
    if (errors.length === 0) errors.push({ message: 'the frequency of the dates could not be determined' });
    return { ok: false, errors, warnings };
  }
  const pick = (col: string) => order.map((r) => values.get(col)![r]);
  const data: MmmData = {
    dates: order.map((r) => toIso(dates[r]!)),
    frequency,
    dayOfYear: order.map((r) => dayOfYear(dates[r]!)),
    kpiName: mapping.kpi,
    kpi: pick(mapping.kpi),
    channels: Object.fromEntries(mapping.channels.map((c) => [c, pick(c)])),
    controls: Object.fromEntries(mapping.controls.map((c) => [c, pick(c)])),
  };
  return { ok: true, data, warnings };
}
