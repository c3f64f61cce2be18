// Reading one numeric cell: missing markers, thousands separators, decimal commas, representable scale.
// Every pattern below is unambiguous (each character has one way to match), so matching is linear in the cell's length.

/** Cell texts that mean "no value" (compared case-insensitively after trimming). */
export const MISSING_TOKENS = ['', 'na', 'n/a', 'nan', 'null', 'none', '#n/a'];

export type CellValue =
  | { kind: 'number'; value: number; thousands?: boolean }
  | { kind: 'missing' }
  | { kind: 'invalid'; hint?: string; /** A number, but outside the representable scale. */ outOfRange?: true };

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
// Strict grouping only ("1,234,567.5"), so "1,5" or "12,34" are never silently misread.
const GROUPED_POINT = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+([eE][+-]?\d+)?$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;

/**
 * The representable scale: every non-zero value must have magnitude in [MIN_MAGNITUDE, MAX_MAGNITUDE].
 * Products and squares of two such values stay finite and normal (1e±300), and sums over any real number
 * of rows cannot overflow, so scaling, ROI and percentages never become Infinity or NaN; a non-zero
 * literal that would round to 0 (1e-400) or to a subnormal is refused rather than silently read as 0.
 */
export const MAX_MAGNITUDE = 1e150;
export const MIN_MAGNITUDE = 1e-150;

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
  if (decimal === '.' && PLAIN.test(s)) return representable(Number(s), s);
  if (isMissing(s)) return { kind: 'missing' };
  if (decimal === ',') {
    if (DECIMAL_COMMA.test(s)) return representable(Number(s.replace(',', '.')), s);
    if (GROUPED_COMMA.test(s)) return representable(Number(s.replace(/\./g, '').replace(',', '.')), s, true);
    if (/^[+-]?\d+([eE][+-]?\d+)?$/.test(s)) return representable(Number(s), s);
    return { kind: 'invalid', hint: s.includes('.') ? 'with decimal commas, "." may only group thousands' : undefined };
  }
  if (GROUPED_POINT.test(s)) return representable(Number(s.replace(/,/g, '')), s, true);
  if (DECIMAL_COMMA.test(s)) return { kind: 'invalid', hint: 'decimal commas are not read in comma-separated files: use a point, e.g. 12.5' };
  if (/^[$€£¥]|[$€£¥%]$/.test(s)) return { kind: 'invalid', hint: 'remove currency and percent signs' };
  return { kind: 'invalid' };
}

/** True when the digits before any exponent include a non-zero one (so the literal is not 0). */
function hasNonZeroDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 101 || c === 69) return false; // e, E
    if (c >= 49 && c <= 57) return true; // 1-9
  }
  return false;
}

function representable(value: number, text: string, thousands = false): CellValue {
  const m = Math.abs(value);
  if (!(m <= MAX_MAGNITUDE)) return { kind: 'invalid', outOfRange: true, hint: `the magnitude is beyond ${MAX_MAGNITUDE}: rescale the column (e.g. in thousands or millions)` };
  if (m < MIN_MAGNITUDE && (m > 0 || hasNonZeroDigit(text))) {
    return { kind: 'invalid', outOfRange: true, hint: `a non-zero magnitude below ${MIN_MAGNITUDE} cannot be computed with: rescale the column or write 0` };
  }
  return thousands ? { kind: 'number', value, thousands } : { kind: 'number', value };
}

/** True when the text reads as a number (or is missing) under the default rules. */
export function looksNumeric(text: string): boolean {
  return parseNumber(text).kind !== 'invalid';
}
