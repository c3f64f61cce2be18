// Guessing which column is the date, the KPI, a paid channel or a control, from names and values.
import { dayOfYear, detectDateFormat, parseDate } from './dates';
import { quote } from './issues';
import { isMissing, parseNumber } from './numbers';
import type { DetectedMapping } from './types';

// Checked in this order; exact names win over names that merely contain a word.
const KPI_WORDS = ['revenue', 'sales', 'conversions', 'kpi', 'y', 'target', 'orders', 'units', 'leads', 'signups', 'installs', 'bookings', 'transactions', 'conversion', 'outcome', 'response'];
const SPEND = /(^|[_\s.-])(spend|spends|spending|cost|costs|budget|investment)([_\s.-]|$)|spend|^x\d+$|_S$/i;
const CONTROL = /event|holiday|promo|price|competitor|trend|^t$|temperature|weather|macro|index|control|season|discount|organic|newsletter|_B$/i;
// Media exposure (Robyn's _I impressions, _P paid-media metrics; Meridian's _impression): the spend column carries the channel.
const EXPOSURE = /impression|click|grp|reach|views|_I$|_P$/i;
const RATIO = /(^|[_\s.-])per([_\s.-]|$)/i;
const CALENDAR = /^(day_?of_?year|doy|dayofyear|week_?of_?year|weekofyear|week_?number|month|year|quarter|weekday|day_?of_?week)$/i;

/**
 * A column is numeric when at least this share of its non-missing cells read as numbers. The rest are
 * not a reason to drop the column: mapped, they are reported by ingest as errors at their row and column.
 */
export const NUMERIC_SHARE = 0.9;

interface Column {
  name: string;
  index: number;
  numbers: number[] | null; // null for text columns; else the values of the cells that read as numbers
  present: string[];
  /** Non-missing cells that do not read as numbers (in a numeric column). */
  bad: number;
}

function tokens(name: string): string[] {
  return name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

function kpiRank(name: string): number {
  const lower = name.toLowerCase();
  const exact = KPI_WORDS.indexOf(lower);
  if (exact >= 0) return exact;
  if (/per|spend|cost|competitor|_B$/i.test(name)) return Infinity;
  const t = tokens(name);
  const word = KPI_WORDS.findIndex((w) => w.length > 1 && t.includes(w));
  return word >= 0 ? 100 + word : Infinity;
}

function readColumn(name: string, rows: string[][], i: number): Column {
  const present = rows.map((r) => (r[i] ?? '').trim()).filter((v) => !isMissing(v));
  const numbers: number[] = [];
  for (const v of present) {
    const p = parseNumber(v);
    if (p.kind === 'number') numbers.push(p.value);
  }
  const bad = present.length - numbers.length;
  const numeric = numbers.length > 0 && numbers.length >= NUMERIC_SHARE * present.length;
  return { name, index: i, numbers: numeric ? numbers : null, present, bad: numeric ? bad : 0 };
}

/** "; 1 of 156 values is not a number (listed as problems)", for a numeric column with bad cells. */
function badNote(c: Column): string {
  if (c.bad === 0) return '';
  return `; ${c.bad} of ${c.present.length} values ${c.bad === 1 ? 'is' : 'are'} not a number (listed as problems)`;
}

const isRowIndex = (v: number[]) => v.every((x, k) => x === k) || v.every((x, k) => x === k + 1);

/** Proposes a column mapping; the analyst confirms or edits it before ingest. */
export function detectColumns(header: string[], rows: string[][]): DetectedMapping {
  const names = header.map((h) => h.trim());
  // Keyed by the user's column names ("__proto__", "constructor"): no prototype to collide with.
  const reasons: Record<string, string> = Object.create(null) as Record<string, string>;
  const cols = names.map((n, i) => readColumn(n, rows, i));

  // Date: the first column where at least 80% of rows read as dates in one unambiguous format
  // (a few bad cells should still be found and named by ingest, not hide the date column).
  let date = '';
  let doy: (number | null)[] | null = null;
  for (let i = 0; i < cols.length && rows.length > 0; i++) {
    const values = rows.map((r) => (r[i] ?? '').trim());
    const f = detectDateFormat(values);
    if (!f.ok) continue;
    const parsed = values.map((v) => parseDate(v, f.format));
    const good = parsed.filter((d) => d !== null).length;
    if (good < 0.8 * rows.length) continue;
    date = cols[i].name;
    doy = parsed.map((d) => (d ? dayOfYear(d) : null));
    const fmt = f.format === 'ymd' ? 'YYYY-MM-DD' : f.format === 'mdy' ? 'M/D/YYYY' : 'D/M/YYYY';
    reasons[date] = good === rows.length ? `date: every value is a date (${fmt})` : `date: ${good} of ${rows.length} values are dates (${fmt})`;
    break;
  }
  const derivedFromDate = (i: number) => doy !== null && rows.every((r, k) => doy![k] === null || Number((r[i] ?? '').trim()) === doy![k]);

  const candidates: Column[] = [];
  const ignored: string[] = [];
  const ignore = (c: Column, why: string) => { ignored.push(c.name); reasons[c.name] = `ignored: ${why}`; };
  for (const c of cols) {
    if (c.name === date) continue;
    if (c.numbers === null) {
      const sample = [...new Set(c.present.filter((v) => parseNumber(v).kind !== 'number'))].slice(0, 3).map(quote).join(', ');
      ignore(c, c.present.length === 0 ? 'empty column' : `text column (values like ${sample}); encode it as 0/1 columns to use it as a control`);
    } else if ((c.name === '' || /^unnamed/i.test(c.name)) && isRowIndex(c.numbers)) {
      ignore(c, 'row index');
    } else if (CALENDAR.test(c.name) || derivedFromDate(c.index)) {
      ignore(c, 'calendar field derived from the date; yearly seasonality is modelled from the date itself');
    } else if (c.numbers.every((v) => v === c.numbers![0])) {
      ignore(c, `constant (every value is ${c.numbers[0]})`);
    } else {
      candidates.push(c);
    }
  }

  // KPI: best-ranked name, else the first numeric column that does not look like spend or a control.
  const rankedSet = new Set<Column>();
  const ranked = candidates.map((c) => ({ c, rank: kpiRank(c.name) })).filter((x) => x.rank < Infinity);
  ranked.sort((a, b) => a.rank - b.rank);
  for (const x of ranked) rankedSet.add(x.c);
  let kpi: Column | undefined = ranked[0]?.c;
  if (kpi) reasons[kpi.name] = `KPI: the name ${quote(kpi.name)} reads as an outcome`;
  else {
    kpi = candidates.find((c) => !SPEND.test(c.name) && !CONTROL.test(c.name) && !EXPOSURE.test(c.name));
    if (kpi) reasons[kpi.name] = 'KPI: first numeric column that does not look like spend or a control';
  }
  const rest = candidates.filter((c) => c !== kpi);

  const channels: string[] = [];
  const controls: string[] = [];
  const nonnegative = (c: Column) => c.numbers!.every((v) => v >= 0);
  const byName = new Set(rest.filter((c) => SPEND.test(c.name) && !CONTROL.test(c.name)));
  const fallback = byName.size === 0;
  for (const c of rest) {
    const binary = c.numbers!.every((v) => v === 0 || v === 1);
    if (rankedSet.has(c) || RATIO.test(c.name)) {
      ignore(c, RATIO.test(c.name) ? 'a ratio ("per"), not a driver of the KPI' : 'another outcome-like column (the KPI is one column)');
    } else if (byName.has(c)) {
      if (nonnegative(c)) { channels.push(c.name); reasons[c.name] = 'channel: the name reads as spend'; }
      else ignore(c, 'named like spend but has negative values');
    } else if (CONTROL.test(c.name)) {
      controls.push(c.name);
      reasons[c.name] = isRowIndex(c.numbers!)
        ? 'control: linear trend (0, 1, 2, ...); drop it when the model\'s own trend term is on'
        : 'control: the name reads as a control (event, promo, price, competitor, organic, ...)';
    } else if (EXPOSURE.test(c.name)) {
      ignore(c, 'media exposure (impressions or clicks), not spend: the channel is modelled from its spend column');
    } else if (fallback && nonnegative(c) && !binary) {
      channels.push(c.name);
      reasons[c.name] = 'channel: no column is named like spend, and this one is numeric and never negative';
    } else {
      controls.push(c.name);
      reasons[c.name] = 'control: remaining numeric column';
    }
  }
  for (const c of cols) if (c.bad > 0 && c.name !== date) reasons[c.name] += badNote(c);
  const notes: string[] = [];
  if (!date) notes.push('no column reads as dates (YYYY-MM-DD, or M/D/YYYY and D/M/YYYY when the values show which): pick the date column');
  if (!kpi) notes.push('no column reads as the KPI: pick it');
  if (channels.length === 0) notes.push('no column reads as spend (names like tv_spend, spend_tv, tv_cost, tv_S, x1): pick the channels');
  return { date, kpi: kpi?.name ?? '', channels, controls, reasons, ignored, notes };
}
