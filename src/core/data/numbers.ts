// Reading one numeric cell: missing markers, thousands separators, decimal commas.

/** Cell texts that mean "no value" (compared case-insensitively after trimming). */
export const MISSING_TOKENS = ['', 'na', 'n/a', 'nan', 'null', 'none', '#n/a'];

export type CellValue =
  | { kind: 'number'; value: number; thousands?: boolean }
  | { kind: 'missing' }
  | { kind: 'invalid'; hint?: string };

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// Strict grouping only ("1,234,567.5"), so "1,5" or "12,34" are never silently misread.
const GROUPED_POINT = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+([eE][+-]?\d+)?$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;

export function isMissing(text: string): boolean {
  const s = text.trim();
  return s.length <= 4 && MISSING_TOKENS.includes(s.toLowerCase());
}

/**
 * Parses a cell. decimal ',' is for semicolon files written by European spreadsheets
 * ("1.234,5"); otherwise ',' may only group thousands and the result says so, so the caller
 * can warn once per column.
 */
export function parseNumber(text: string, decimal: '.' | ',' = '.'): CellValue {
  const s = text.trim();
  // Plain numbers first: they are almost every cell of a real file.
  if (decimal === '.' && PLAIN.test(s)) return finite(Number(s));
  if (isMissing(s)) return { kind: 'missing' };
  if (decimal === ',') {
    if (DECIMAL_COMMA.test(s)) return finite(Number(s.replace(',', '.')));
    if (GROUPED_COMMA.test(s)) return finite(Number(s.replace(/\./g, '').replace(',', '.')), true);
    if (/^[+-]?\d+([eE][+-]?\d+)?$/.test(s)) return finite(Number(s));
    return { kind: 'invalid', hint: s.includes('.') ? 'with decimal commas, "." may only group thousands' : undefined };
  }
  if (GROUPED_POINT.test(s)) return finite(Number(s.replace(/,/g, '')), true);
  if (DECIMAL_COMMA.test(s)) return { kind: 'invalid', hint: 'decimal commas are not read in comma-separated files: use a point, e.g. 12.5' };
  if (/^[$€£¥]|[$€£¥%]$/.test(s)) return { kind: 'invalid', hint: 'remove currency and percent signs' };
  return { kind: 'invalid' };
}

function finite(value: number, thousands = false): CellValue {
  if (!Number.isFinite(value)) return { kind: 'invalid', hint: 'the number is too large' };
  return thousands ? { kind: 'number', value, thousands } : { kind: 'number', value };
}

/** True when the text reads as a number (or is missing) under the default rules. */
export function looksNumeric(text: string): boolean {
  return parseNumber(text).kind !== 'invalid';
}
