// Lift-test CSV (channel,x,delta_x,delta_y,sigma) -> validated LiftTests; every problem names its row and column.
import { parseCsv } from '../data/parse';
import type { DataIssue } from '../data/types';
import type { LiftTest } from '../model/spec';

const COLUMNS = ['channel', 'x', 'delta_x', 'delta_y', 'sigma'] as const;
/** A plain decimal number (sign, digits, fraction, exponent); no hex, binary, octal or Infinity. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** sigma must be at least this fraction of |delta_y| (1e-6: a lift measured to a millionth) and at least MIN_SIGMA. */
export const MIN_RELATIVE_SIGMA = 1e-6;
const MIN_SIGMA = 1e-100;

export type LiftTestResult = { ok: true; tests: LiftTest[] } | { ok: false; errors: DataIssue[] };

/** `channels` are the model's paid channels; a test on any other channel is an error. */
export function parseLiftTestsCsv(text: string, channels: string[]): LiftTestResult {
  const parsed = parseCsv(text);
  const errors: DataIssue[] = [...parsed.issues];
  const header = parsed.header.map((h) => h.toLowerCase());
  for (const col of COLUMNS) {
    if (!header.includes(col)) errors.push({ message: `lift tests: missing column '${col}' (expected columns ${COLUMNS.join(',')})`, column: col });
  }
  for (const h of parsed.header) {
    if (!(COLUMNS as readonly string[]).includes(h.toLowerCase())) errors.push({ message: `lift tests: unknown column '${h}' (expected ${COLUMNS.join(',')})`, column: h });
  }
  if (errors.length) return { ok: false, errors };
  if (parsed.rows.length === 0) return { ok: false, errors: [{ message: 'lift tests: the file has a header but no rows' }] };
  const idx = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const tests: LiftTest[] = [];
  parsed.rows.forEach((cells, i) => {
    const row = i + 1;
    const where = `lift tests row ${row} (line ${parsed.lines[i]})`;
    const cell = (c: (typeof COLUMNS)[number]) => (cells[idx[c]] ?? '').trim();
    const channel = cell('channel');
    if (!channels.includes(channel)) {
      errors.push({ message: `${where}, column channel: '${channel}' is not a paid channel of the model (${channels.join(', ')})`, row, column: 'channel' });
    }
    const num = (c: 'x' | 'delta_x' | 'delta_y' | 'sigma', check: (v: number) => boolean, what: string): number => {
      const raw = cell(c);
      // Decimal notation only: Number() would also take 0x10, 0b1, 0o7 and ' ' as numbers.
      const v = DECIMAL.test(raw) ? Number(raw) : NaN;
      if (raw === '' || !Number.isFinite(v) || !check(v)) {
        errors.push({ message: `${where}, column ${c}: expected ${what}, got '${raw}'`, row, column: c });
      }
      return v;
    };
    const x = num('x', (v) => v >= 0, 'a spend >= 0');
    const deltaX = num('delta_x', (v) => v !== 0, 'a non-zero spend change');
    const deltaY = num('delta_y', () => true, 'a number');
    const sigma = num('sigma', (v) => v > 0, 'a standard error > 0');
    if (x >= 0 && Number.isFinite(deltaX) && deltaX !== 0 && x + deltaX < 0) {
      errors.push({ message: `${where}, column delta_x: x + delta_x = ${x + deltaX} is a negative spend`, row, column: 'delta_x' });
    }
    // A standard error so small against the lift that the likelihood term overflows is a typo, not a precise test.
    if (sigma > 0 && Number.isFinite(deltaY) && Number.isFinite(sigma) && (sigma < MIN_RELATIVE_SIGMA * Math.abs(deltaY) || sigma < MIN_SIGMA)) {
      errors.push({ message: `${where}, column sigma: ${sigma} is below ${MIN_RELATIVE_SIGMA} x |delta_y| (or ${MIN_SIGMA}): no lift test is that precise`, row, column: 'sigma' });
    }
    tests.push({ channel, x, deltaX, deltaY, sigma });
  });
  return errors.length ? { ok: false, errors } : { ok: true, tests };
}
