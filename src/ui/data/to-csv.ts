// Writes an MmmData back out as CSV text, so a dataset restored from a model.json can be shown and remapped like any other.
import type { ColumnMapping, MmmData } from '../../core/data';

function cell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function dataToCsv(data: MmmData, dateColumn: string): { csv: string; mapping: ColumnMapping } {
  const channels = Object.keys(data.channels);
  const controls = Object.keys(data.controls);
  const header = [dateColumn, data.kpiName, ...channels, ...controls];
  const lines = [header.map(cell).join(',')];
  data.dates.forEach((d, t) => {
    lines.push([d, data.kpi[t], ...channels.map((c) => data.channels[c][t]), ...controls.map((c) => data.controls[c][t])].map(cell).join(','));
  });
  return { csv: `${lines.join('\n')}\n`, mapping: { date: dateColumn, kpi: data.kpiName, channels, controls } };
}
