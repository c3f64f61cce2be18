// Calendar dates for ingest: strict parsing, day of year, and weekly/daily frequency detection.
import { quote } from './issues';
import type { Frequency } from './types';

/**
 * Accepted date formats. ISO-like (year first) is always unambiguous; slash dates with the
 * year last are accepted only when the column itself shows which field is the month
 * (some first field > 12 means day/month, some second field > 12 means month/day).
 */
export type DateFormat = 'ymd' | 'mdy' | 'dmy';

export interface CivilDate { y: number; m: number; d: number }

// YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, optional midnight time (pandas and Excel exports add one).
const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASH_YEAR_LAST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: 00:00(?::00)?)?$/;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function valid(y: number, m: number, d: number): CivilDate | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

/** Parses one date in a known format; null when it is not a real calendar date in that format. */
export function parseDate(text: string, format: DateFormat): CivilDate | null {
  const s = text.trim();
  if (format === 'ymd') {
    const a = YMD.exec(s);
    if (a) return valid(+a[1], +a[3], +a[4]);
    const b = YMD_COMPACT.exec(s);
    return b ? valid(+b[1], +b[2], +b[3]) : null;
  }
  const c = SLASH_YEAR_LAST.exec(s);
  if (!c) return null;
  return format === 'mdy' ? valid(+c[3], +c[1], +c[2]) : valid(+c[3], +c[2], +c[1]);
}

export type FormatGuess =
  | { ok: true; format: DateFormat }
  | { ok: false; reason: string };

/**
 * Decides the format of a date column from its values. Slash dates whose fields are all
 * <= 12 are refused rather than guessed: 03/04/2023 is March in the US and April elsewhere.
 */
export function detectDateFormat(values: string[]): FormatGuess {
  const present = values.map((v) => v.trim()).filter((v) => v !== '');
  if (present.length === 0) return { ok: false, reason: 'the column is empty' };
  const ymd = present.filter((v) => parseDate(v, 'ymd') !== null).length;
  const slash = present.filter((v) => SLASH_YEAR_LAST.test(v));
  if (ymd >= slash.length && ymd > 0) return { ok: true, format: 'ymd' };
  if (slash.length === 0) return { ok: false, reason: `${quote(present[0])} is not a date (expected YYYY-MM-DD)` };
  let firstBig = false;
  let secondBig = false;
  for (const v of slash) {
    const [a, b] = v.split(/[/ ]/).map(Number);
    if (a > 12) firstBig = true;
    if (b > 12) secondBig = true;
  }
  if (firstBig && secondBig) return { ok: false, reason: 'slash dates mix day/month and month/day order: write them as YYYY-MM-DD' };
  if (firstBig) return { ok: true, format: 'dmy' };
  if (secondBig) return { ok: true, format: 'mdy' };
  return {
    ok: false,
    reason: `slash dates like ${quote(slash[0])} are ambiguous (day/month or month/day): write them as YYYY-MM-DD`,
  };
}

/** Days since 1970-01-01 (UTC), for exact differences between dates. */
export function dayNumber(d: CivilDate): number {
  return Math.round(Date.UTC(d.y, d.m - 1, d.d) / 86_400_000);
}

export function toIso(d: CivilDate): string {
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

/** ISO date of a day number (inverse of dayNumber). */
export function isoOfDayNumber(n: number): string {
  const t = new Date(n * 86_400_000);
  return toIso({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/** Day of year, 1 on 1 January (as pandas' dayofyear), up to 366. */
export function dayOfYear(d: CivilDate): number {
  return dayNumber(d) - dayNumber({ y: d.y, m: 1, d: 1 }) + 1;
}

export const STEP_DAYS: Record<Frequency, number> = { weekly: 7, daily: 1 };

/**
 * The frequency of sorted, distinct day numbers: the most common step must be 7 (weekly) or
 * 1 (daily). Larger multiples of the step are gaps, reported by the caller.
 */
export function detectFrequency(sortedDays: number[]): { ok: true; frequency: Frequency } | { ok: false; step: number } {
  const counts = new Map<number, number>();
  for (let i = 1; i < sortedDays.length; i++) {
    const s = sortedDays[i] - sortedDays[i - 1];
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let step = 0;
  let best = 0;
  for (const [s, c] of counts) if (c > best || (c === best && s < step)) { step = s; best = c; }
  if (step === 7) return { ok: true, frequency: 'weekly' };
  if (step === 1) return { ok: true, frequency: 'daily' };
  return { ok: false, step };
}
