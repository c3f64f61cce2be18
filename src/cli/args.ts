// Command-line flag parsing: declared flags only; an unknown flag, a missing value or a bad value is a usage error naming the flag.
import { ownValue } from '../core/data';

export class UsageError extends Error {
  readonly exitCode = 2;
}

export type FlagKind = 'string' | 'list' | 'int' | 'number' | 'bool' | 'enum';

export interface FlagDef {
  kind: FlagKind;
  /** Allowed values for 'enum'. */
  values?: readonly string[];
  /** Inclusive bounds for 'int' and 'number'. */
  min?: number;
  max?: number;
  /** Exclusive bounds, e.g. target accept strictly inside (0, 1). */
  above?: number;
  below?: number;
  /** 'list' only: an empty value means an empty list (e.g. --controls '' for no controls). */
  allowEmpty?: boolean;
}

export type FlagValue = string | string[] | number | boolean;

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, FlagValue>;
}

/** Parses `--name value`, `--name=value` and boolean `--name`. Flag names are given without the dashes. */
export function parseArgs(argv: string[], defs: Record<string, FlagDef>): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, FlagValue> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg.startsWith('-') && arg.length > 1 && arg !== '-') throw new UsageError(`unknown flag ${arg}`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const def = ownValue(defs, name);
    if (!def) throw new UsageError(`unknown flag --${name}`);
    if (Object.hasOwn(flags, name)) throw new UsageError(`flag --${name} given twice`);
    if (def.kind === 'bool') {
      if (eq >= 0) throw new UsageError(`flag --${name} takes no value`);
      flags[name] = true;
      continue;
    }
    let raw: string;
    if (eq >= 0) raw = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`flag --${name} needs a value`);
      raw = next;
      i++;
    }
    flags[name] = convert(name, raw, def);
  }
  return { positional, flags };
}

function convert(name: string, raw: string, def: FlagDef): FlagValue {
  const bad = (what: string) => new UsageError(`flag --${name}: expected ${what}, got '${raw}'`);
  switch (def.kind) {
    case 'string':
      if (raw.trim() === '') throw bad('a non-empty value');
      return raw;
    case 'list': {
      if (def.allowEmpty && raw.trim() === '') return [];
      const items = raw.split(',').map((s) => s.trim());
      if (items.some((s) => s === '')) throw bad('a comma-separated list of names');
      const dup = items.find((s, i) => items.indexOf(s) !== i);
      if (dup !== undefined) throw new UsageError(`flag --${name}: '${dup}' is listed twice`);
      return items;
    }
    case 'enum':
      if (!def.values!.includes(raw)) throw bad(`one of ${def.values!.join(', ')}`);
      return raw;
    case 'int':
    case 'number': {
      const v = Number(raw);
      const isInt = def.kind === 'int';
      const what = `${isInt ? 'an integer' : 'a number'}${rangeText(def)}`;
      if (raw.trim() === '' || !Number.isFinite(v) || (isInt && !Number.isInteger(v))) throw bad(what);
      if ((def.min !== undefined && v < def.min) || (def.max !== undefined && v > def.max)) throw bad(what);
      if ((def.above !== undefined && v <= def.above) || (def.below !== undefined && v >= def.below)) throw bad(what);
      return v;
    }
    default:
      return raw;
  }
}

function rangeText(def: FlagDef): string {
  const lo = def.min !== undefined ? `>= ${def.min}` : def.above !== undefined ? `> ${def.above}` : undefined;
  const hi = def.max !== undefined ? `<= ${def.max}` : def.below !== undefined ? `< ${def.below}` : undefined;
  if (lo && hi) return ` ${lo} and ${hi}`;
  return lo ? ` ${lo}` : hi ? ` ${hi}` : '';
}
