// Seeded mutations of a JSON-like value for the fuzz tests: delete, retype, null, NaN-string, huge,
// negative, zero and empty values at random paths (a random walk from the root, so structure is hit as
// often as the long draw arrays).
import { createRng } from '../../src/core/stats';

export type Json = unknown;

export interface Mutation { path: (string | number)[]; kind: string }

const KINDS = ['delete', 'null', 'retype', 'nan-string', 'huge', 'negative', 'zero', 'empty', 'infinite', 'nan', 'proto'] as const;

function children(v: unknown): (string | number)[] {
  if (Array.isArray(v)) return v.map((_, i) => i);
  if (v && typeof v === 'object') return Object.keys(v);
  return [];
}

function retype(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return 42;
  if (typeof v === 'boolean') return 'true';
  if (Array.isArray(v)) return { 0: v[0] };
  if (v && typeof v === 'object') return [v];
  return {};
}

function replacement(kind: string, v: unknown): unknown {
  switch (kind) {
    case 'null': return null;
    case 'retype': return retype(v);
    case 'nan-string': return 'NaN';
    case 'huge': return typeof v === 'string' ? 'x'.repeat(5000) : 1.7e308;
    case 'negative': return typeof v === 'number' ? (v === 0 ? -1 : -v) : -1;
    case 'zero': return 0;
    case 'empty': return Array.isArray(v) ? [] : typeof v === 'string' ? '' : {};
    case 'infinite': return Infinity;
    case 'nan': return NaN;
    default: return undefined;
  }
}

/** Applies `count` mutations (seeded) to a deep copy of `base`; returns the copy and what was done.
 *  leafOnly: walk down to a number/string/boolean (values inside long arrays and records). */
export function mutate(base: Json, seed: number, count: number, leafOnly = false): { value: Json; mutations: Mutation[] } {
  const r = createRng(seed);
  const u = () => r.next();
  const value = structuredClone(base);
  const mutations: Mutation[] = [];
  for (let m = 0; m < count; m++) {
    const path: (string | number)[] = [];
    let parent: Record<string | number, unknown> | null = null;
    let cur: unknown = value;
    // Random walk: stop with probability 0.25 at each level (always at a leaf).
    while (children(cur).length > 0 && (path.length === 0 || leafOnly || u() > 0.25)) {
      const ks = children(cur);
      const k = ks[Math.floor(u() * ks.length)];
      parent = cur as Record<string | number, unknown>;
      path.push(k);
      cur = parent[k];
    }
    if (!parent) continue;
    const key = path[path.length - 1];
    const kind = KINDS[Math.floor(u() * KINDS.length)];
    if (kind === 'delete') {
      if (Array.isArray(parent)) (parent as unknown[]).splice(key as number, 1);
      else delete parent[key];
    } else if (kind === 'proto') {
      // A key named __proto__ (as JSON.parse would create it) next to the real ones.
      Object.defineProperty(parent, '__proto__', { value: cur, enumerable: true, configurable: true, writable: true });
    } else {
      parent[key] = replacement(kind, cur);
    }
    mutations.push({ path, kind });
  }
  return { value, mutations };
}

/** Errors that are our bugs, not our messages. */
export function isInternalError(e: unknown): boolean {
  return e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError || e instanceof SyntaxError
    || (e instanceof Error && /Cannot read prop|is not a function|is not iterable|undefined \(reading|Invalid typed array|Invalid array length/.test(e.message));
}
