// Checks on a table against a column mapping; each returns DataIssues naming row and column.
import { CappedIssues, listCapped, quote, rowLabel } from './issues';
import { detectFrequency, isoOfDayNumber, STEP_DAYS } from './dates';
import type { ColumnMapping, DataIssue, Frequency } from './types';

export interface MappingCheck {
  errors: DataIssue[];
  warnings: DataIssue[];
  /** Column index of every mapped name (only meaningful when errors is empty). */
  index: Map<string, number>;
}

/** Mapped columns must exist, be unique in the header, and play one role each. */
export function checkMapping(header: string[], mapping: ColumnMapping): MappingCheck {
  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const index = new Map<string, number>();
  const roles: [string, string][] = [
    ['date', mapping.date], ['KPI', mapping.kpi],
    ...mapping.channels.map((c): [string, string] => ['channel', c]),
    ...mapping.controls.map((c): [string, string] => ['control', c]),
  ];
  const mapped = new Set(roles.map(([, name]) => name));
  const positions = new Map<string, number[]>();
  // One pass, appending in place: linear in the header even when 40,000 names repeat.
  header.forEach((h, i) => {
    const at = positions.get(h);
    if (at) at.push(i + 1);
    else positions.set(h, [i + 1]);
  });
  for (const [name, at] of positions) {
    if (at.length < 2) continue;
    const issue = { message: `column ${quote(name)} appears ${at.length} times in the header (columns ${listCapped(at.map(String))})`, column: name };
    if (mapped.has(name)) errors.push({ ...issue, message: `${issue.message}: rename one so the mapping is unambiguous` });
    else warnings.push({ ...issue, message: `${issue.message}; it is not used` });
  }
  if (!mapping.date) errors.push({ message: 'no date column is mapped' });
  if (!mapping.kpi) errors.push({ message: 'no KPI column is mapped' });
  if (mapping.channels.length === 0) errors.push({ message: 'no channel columns are mapped: a marketing mix model needs at least one paid channel' });
  const roleOf = new Map<string, string>();
  let listed: string | undefined;
  for (const [role, name] of roles) {
    if (!name) continue;
    const earlier = roleOf.get(name);
    if (earlier !== undefined) {
      errors.push({
        message: earlier === role
          ? `column ${quote(name)} is mapped twice as a ${role}`
          : `column ${quote(name)} is mapped both as ${article(earlier)} and as ${article(role)}: a column plays one role`,
        column: name,
      });
      continue;
    }
    roleOf.set(name, role);
    const at = positions.get(name);
    if (at) { index.set(name, at[0] - 1); continue; }
    const near = header.find((h) => h.toLowerCase() === name.trim().toLowerCase());
    listed ??= listCapped(header.map(quote));
    errors.push({
      message: `${role} column ${quote(name)} is not in the header${near !== undefined ? ` (did you mean ${quote(near)}?)` : ''}; columns are: ${listed}`,
      column: name,
    });
  }
  return { errors, warnings, index };
}

function article(role: string): string {
  return role === 'KPI' ? 'the KPI' : `a ${role}`;
}

/** Rows wider than the header with non-empty extra cells (narrower rows show up as missing cells). */
export function checkRowWidths(header: string[], rows: string[][], lines?: number[]): DataIssue[] {
  const out = new CappedIssues('rows with too many fields');
  rows.forEach((r, i) => {
    if (r.length > header.length && r.slice(header.length).some((c) => c.trim() !== '')) {
      out.add({ message: `${rowLabel(i + 1, lines)} has ${r.length} fields but the header has ${header.length}`, row: i + 1 });
    }
  });
  return out.list();
}

export interface DateSequence {
  errors: DataIssue[];
  warnings: DataIssue[];
  /** Row indices (0-based) in date order. */
  order: number[];
  frequency?: Frequency;
}

/** Sorts rows by date (warning), then requires distinct dates, a weekly or daily step, and no gaps. */
export function checkDateSequence(days: number[], column: string, lines?: number[]): DateSequence {
  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const order = days.map((_, i) => i);
  const firstBack = days.findIndex((d, i) => i > 0 && d < days[i - 1]);
  if (firstBack > 0) {
    order.sort((a, b) => days[a] - days[b] || a - b);
    warnings.push({
      message: `dates are not in increasing order (${rowLabel(firstBack + 1, lines)}, ${isoOfDayNumber(days[firstBack])}, comes after ${isoOfDayNumber(days[firstBack - 1])} in ${rowLabel(firstBack, lines)}): rows were sorted by date`,
      row: firstBack + 1, column,
    });
  }
  const dups = new CappedIssues('duplicate dates');
  for (let k = 1; k < order.length; k++) {
    const [a, b] = [order[k - 1], order[k]];
    if (days[a] === days[b]) {
      dups.add({ message: `duplicate date ${isoOfDayNumber(days[b])} in ${rowLabel(a + 1, lines)} and ${rowLabel(b + 1, lines)}: one row per period`, row: b + 1, column });
    }
  }
  if (dups.count > 0) {
    const distinct = new Set(days).size;
    // Many repeats mean a long (e.g. per-geo) table rather than a few stray rows.
    const hint: DataIssue[] = distinct * 2 <= days.length
      ? [{ message: `column ${quote(column)}: ${days.length} rows but only ${distinct} distinct dates: this looks like a long or per-geo table; Marginal needs one row per period (sum over geos first)`, column }]
      : [];
    return { errors: [...hint, ...dups.list()], warnings, order };
  }
  const sorted = order.map((i) => days[i]);
  if (sorted.length < 2) return { errors, warnings, order };
  // With a few missing periods the modal step is still the frequency; gaps are reported below.
  const detected = detectFrequency(sorted);
  if (!detected.ok) {
    errors.push({
      message: `column ${quote(column)}: dates are mostly ${detected.step} days apart; only weekly (7 days) or daily (1 day) data is supported`,
      column,
    });
    return { errors, warnings, order };
  }
  const frequency = detected.frequency;
  const step = STEP_DAYS[frequency];
  const unit = frequency === 'weekly' ? 'week' : 'day';
  const gaps = new CappedIssues('gaps or irregular steps in the dates');
  for (let k = 1; k < order.length; k++) {
    const [a, b] = [order[k - 1], order[k]];
    const diff = days[b] - days[a];
    if (diff === step) continue;
    const between = `between ${rowLabel(a + 1, lines)}, ${isoOfDayNumber(days[a])}, and ${rowLabel(b + 1, lines)}, ${isoOfDayNumber(days[b])}`;
    if (diff % step === 0) {
      const missing = diff / step - 1;
      gaps.add({ message: `gap in the dates ${between}: ${missing} ${unit}${missing === 1 ? '' : 's'} missing (first missing ${isoOfDayNumber(days[a] + step)})`, row: b + 1, column });
    } else {
      gaps.add({ message: `irregular step of ${diff} days ${between}: ${frequency} data needs dates exactly ${step} day${step === 1 ? '' : 's'} apart`, row: b + 1, column });
    }
  }
  return { errors: [...errors, ...gaps.list()], warnings, order, frequency };
}

/** Per-cell negative spend, and channels that never spend. */
export function checkChannel(name: string, values: number[], order: number[], lines?: number[], negatives?: CappedIssues): DataIssue[] {
  const errors: DataIssue[] = [];
  order.forEach((i) => {
    const v = values[i];
    if (v < 0) negatives?.add({ message: `${rowLabel(i + 1, lines)}, channel ${quote(name)}: negative spend ${v}`, row: i + 1, column: name });
  });
  if (values.length > 0 && values.every((v) => v === 0)) {
    errors.push({ message: `channel ${quote(name)} is zero in every row: its effect cannot be estimated; remove it from the channels`, column: name });
  }
  return errors;
}

/** A constant column carries no information (and a constant KPI cannot be scaled or explained). */
export function checkNotConstant(role: 'KPI' | 'control', name: string, values: number[]): DataIssue[] {
  if (values.length < 2 || values.some((v) => v !== values[0])) return [];
  return [{
    message: role === 'KPI'
      ? `KPI column ${quote(name)} is constant (every row is ${values[0]}): there is nothing to explain`
      : `control ${quote(name)} is constant (every row is ${values[0]}): it cannot be told apart from the intercept; remove it from the controls`,
    column: name,
  }];
}

/** A rough parameter count: 3 per channel (adstock, saturation lam and beta), 1 per control, 4 Fourier terms, intercept and sigma. */
export function roughParameterCount(mapping: ColumnMapping): number {
  return 3 * mapping.channels.length + mapping.controls.length + 4 + 2;
}

export function checkRowCount(nRows: number, nParameters: number, rough: boolean): DataIssue[] {
  if (nRows >= 2 * nParameters) return [];
  const how = rough ? ' (rough count: 3 per channel + 1 per control + 4 Fourier terms + intercept and sigma)' : '';
  return [{
    message: `${nRows} rows is too few: a model with ${nParameters} parameters${how} needs at least twice as many rows (${2 * nParameters})`,
  }];
}
