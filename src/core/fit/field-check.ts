// Field checks for JSON-like data read from outside (model.json, the saved session): each failure is a
// FieldError naming the field's path and what was found there (never the whole value).
import { ownValue } from '../data/records';
/** Data that does not have the shape we write; `path` is the offending field (e.g. `scaling.kpi`). */
export class FieldError extends Error {
  constructor(readonly path: string, readonly problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'FieldError';
  }
}

export type Obj = Record<string, unknown>;

/** `base.key`, `base[3]` or `base["odd key"]`. */
export function jsonPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key.length > 60 ? key.slice(0, 60) + '...' : key)}]`;
}

/** A short description of what was found (never the whole value). */
export function found(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '...' : v)}`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}

export const fail = (path: string, problem: string): never => {
  throw new FieldError(path, problem);
};

export const has = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
export const get = (o: Obj, k: string): unknown => ownValue(o, k);

export function obj(v: unknown, path: string): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(path, `expected an object, got ${v === undefined ? 'nothing (missing)' : found(v)}`);
  return v as Obj;
}

export function arr(v: unknown, path: string, length?: number): unknown[] {
  if (!Array.isArray(v)) fail(path, `expected an array, got ${v === undefined ? 'nothing (missing)' : found(v)}`);
  const a = v as unknown[];
  if (length !== undefined && a.length !== length) fail(path, `expected ${length} values, got ${a.length}`);
  return a;
}

export function str(v: unknown, path: string, nonEmpty = true): string {
  if (typeof v !== 'string' || (nonEmpty && v === '')) fail(path, `expected a${nonEmpty ? ' non-empty' : ''} string, got ${v === undefined ? 'nothing (missing)' : found(v)}`);
  return v as string;
}

export function oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) fail(path, `expected one of ${values.join(', ')}, got ${v === undefined ? 'nothing (missing)' : found(v)}`);
  return v as T;
}

export function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, `expected true or false, got ${v === undefined ? 'nothing (missing)' : found(v)}`);
  return v as boolean;
}

export interface NumRule { min?: number; max?: number; above?: number; int?: boolean }

export function num(v: unknown, path: string, r: NumRule = {}): number {
  const what = `${r.int ? 'a whole number' : 'a finite number'}${r.min !== undefined ? ` >= ${r.min}` : ''}${r.above !== undefined ? ` > ${r.above}` : ''}${r.max !== undefined ? ` <= ${r.max}` : ''}`;
  if (typeof v !== 'number' || !Number.isFinite(v) || (r.int && !Number.isInteger(v))
    || (r.min !== undefined && v < r.min) || (r.max !== undefined && v > r.max) || (r.above !== undefined && !(v > r.above))) {
    fail(path, `expected ${what}, got ${v === undefined ? 'nothing (missing)' : found(v)}`);
  }
  return v as number;
}

/** Any number, NaN and Infinity included (IndexedDB keeps them; JSON files cannot hold them). */
export function anyNum(v: unknown, path: string): number {
  if (typeof v !== 'number') fail(path, `expected a number, got ${v === undefined ? 'nothing (missing)' : found(v)}`);
  return v as number;
}

/** A statistic that may be undefined for the data: NaN (kept by IndexedDB), written as null by JSON. */
export function numOrNull(v: unknown, path: string): void {
  if (v !== null && !(typeof v === 'number' && Number.isNaN(v))) num(v, path);
}

export function numbers(v: unknown, path: string, length: number, r: NumRule = {}): void {
  const a = arr(v, path, length);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    // Fast path for the common case; the slow path names the problem.
    if (typeof x === 'number' && Number.isFinite(x) && (r.min === undefined || x >= r.min) && (r.max === undefined || x <= r.max) && (!r.int || Number.isInteger(x))) continue;
    num(x, jsonPath(path, i), r);
  }
}

