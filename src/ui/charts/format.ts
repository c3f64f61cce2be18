// Number formats shared by axes, tooltips, tables and the report, so a figure reads the same everywhere.
import { format } from 'd3';

const si = format('.3~s');

/** Compact: 1.23k, 45.6M, 2.1B (G is shown as B, as analysts expect). */
export function fmtNum(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (Math.abs(x) < 1e-9) return '0';
  if (Math.abs(x) < 1000) return format(Math.abs(x) < 10 ? '.3~r' : '.4~r')(x).replace('−', '-');
  return si(x).replace('G', 'B').replace('−', '-');
}

/** Axis ticks: like fmtNum, without trailing precision noise. */
export function fmtTick(x: number): string {
  return fmtNum(x);
}

export function fmtPct(x: number, digits = 1): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : '–';
}

/** Return on spend as a multiple, e.g. 2.35x. */
export function fmtRatio(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return `${Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2)}x`;
}

/** Full-precision-ish number for tables and CSV-like text. */
export function fmtFixed(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return '–';
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function fmtDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
