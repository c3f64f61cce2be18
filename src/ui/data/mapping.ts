// Column roles for the mapping table: which role a column plays and how changing it rewrites the ColumnMapping.
import type { ColumnMapping } from '../../core/data';

export type Role = 'date' | 'kpi' | 'channel' | 'control' | 'ignore';

export const ROLE_LABELS: Record<Role, string> = {
  date: 'Date',
  kpi: 'KPI (outcome)',
  channel: 'Paid channel (spend)',
  control: 'Control',
  ignore: 'Not used',
};

export function roleOf(m: ColumnMapping, column: string): Role {
  if (m.date === column) return 'date';
  if (m.kpi === column) return 'kpi';
  if (m.channels.includes(column)) return 'channel';
  if (m.controls.includes(column)) return 'control';
  return 'ignore';
}

/** The mapping with `column` in `role`; date and KPI are single, so the previous holder becomes unused. */
export function withRole(m: ColumnMapping, column: string, role: Role): ColumnMapping {
  const next: ColumnMapping = {
    date: m.date === column ? '' : m.date,
    kpi: m.kpi === column ? '' : m.kpi,
    channels: m.channels.filter((c) => c !== column),
    controls: m.controls.filter((c) => c !== column),
  };
  if (role === 'date') next.date = column;
  else if (role === 'kpi') next.kpi = column;
  else if (role === 'channel') next.channels.push(column);
  else if (role === 'control') next.controls.push(column);
  return next;
}

/** Channels/controls in header order, so the mapping (and channel colours) follow the file. */
export function inHeaderOrder(m: ColumnMapping, header: string[]): ColumnMapping {
  const at = new Map<string, number>();
  header.forEach((h, i) => { if (!at.has(h)) at.set(h, i); });
  const pos = (c: string) => at.get(c) ?? -1;
  const order = (xs: string[]) => [...xs].sort((a, b) => pos(a) - pos(b));
  return { ...m, channels: order(m.channels), controls: order(m.controls) };
}

export function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  return a.date === b.date && a.kpi === b.kpi && a.channels.join('\u0000') === b.channels.join('\u0000') && a.controls.join('\u0000') === b.controls.join('\u0000');
}
