// Checks each piece of a saved session read back from IndexedDB before the app uses it: a corrupt piece
// must be set aside with a message, never leave the app stuck or break a page. Errors are FieldErrors
// whose path starts with the piece (e.g. `dataset.mapping.kpi`, `model.scaling.kpi`).
import { anyNum, arr, bool, fail, FieldError, get, jsonPath, num, obj, oneOf, str } from '../../core/fit';
import { checkSpec, validateModelJson } from '../../core/fit';
import type { ModelSpec, FitConfig } from '../../core/model';
import type { ModelJson } from '../../core/fit';
import type { Plan } from '../../core/optimizer';
import type { Dataset, FitMarker } from './session.svelte';
import { isStepId, type StepId } from './steps';
import { ADAPTATIONS } from '../../core/engine';

function strings(v: unknown, path: string): string[] {
  const a = arr(v, path);
  a.forEach((s, i) => str(s, jsonPath(path, i), false));
  return a as string[];
}

/** The prefix puts a check written for a top-level object (spec, model.json) under its session key. */
function under<T>(key: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof FieldError) throw new FieldError(e.path.startsWith(key) ? e.path : `${key}.${e.path}`, e.problem);
    throw e;
  }
}

export function checkDataset(v: unknown): Dataset {
  const d = obj(v, 'dataset');
  str(get(d, 'name'), 'dataset.name', false);
  oneOf(get(d, 'source'), 'dataset.source', ['demo', 'file', 'model'] as const);
  // The CSV is text, or a Blob for a large file (read and checked by the CSV worker, like any file).
  const csv = get(d, 'csv');
  if (typeof Blob !== 'undefined' && csv instanceof Blob) {
    if (csv.size === 0) fail('dataset.csv', 'expected a CSV file, got an empty one');
  } else str(csv, 'dataset.csv');
  const m = obj(get(d, 'mapping'), 'dataset.mapping');
  str(get(m, 'date'), 'dataset.mapping.date', false);
  str(get(m, 'kpi'), 'dataset.mapping.kpi', false);
  strings(get(m, 'channels'), 'dataset.mapping.channels');
  strings(get(m, 'controls'), 'dataset.mapping.controls');
  if (get(d, 'frequency') !== undefined) oneOf(get(d, 'frequency'), 'dataset.frequency', ['weekly', 'daily'] as const);
  if (get(d, 'detected') !== undefined) {
    const det = obj(get(d, 'detected'), 'dataset.detected');
    const reasons = obj(get(det, 'reasons'), 'dataset.detected.reasons');
    for (const k of Object.keys(reasons)) str(reasons[k], jsonPath('dataset.detected.reasons', k), false);
    strings(get(det, 'notes'), 'dataset.detected.notes');
  }
  return v as Dataset;
}

/** The spec as the Model step holds it (priors are checked when a fit starts, not here). */
export function checkSessionSpec(v: unknown): ModelSpec {
  return checkSpec(v, undefined, false);
}

export function checkFitConfig(v: unknown): Partial<FitConfig> {
  const f = obj(v, 'fit-config');
  const rules: Record<Exclude<keyof FitConfig, 'adaptation'>, Parameters<typeof num>[2]> = {
    chains: { int: true, min: 1, max: 64 }, warmup: { int: true, min: 0 }, draws: { int: true, min: 1 },
    seed: {}, targetAccept: { above: 0, max: 1 }, maxDepth: { int: true, min: 1, max: 30 },
  };
  for (const k of Object.keys(rules) as (keyof typeof rules)[]) if (get(f, k) !== undefined) num(get(f, k), `fit-config.${k}`, rules[k]);
  if (get(f, 'adaptation') !== undefined) oneOf(get(f, 'adaptation'), 'fit-config.adaptation', ADAPTATIONS);
  return f as Partial<FitConfig>;
}

export function checkSessionModel(v: unknown): ModelJson {
  return under('model', () => validateModelJson(v));
}

function distribution(v: unknown, path: string, keys: readonly string[]): void {
  const o = obj(v, path);
  for (const k of keys) anyNum(get(o, k), `${path}.${k}`);
}

const DIST = ['mean', 'sd', 'q03', 'q25', 'q50', 'q75', 'q97'] as const;
const INTERVAL = ['mean', 'q03', 'q97'] as const;

export function checkPlan(v: unknown): Plan {
  const p = obj(v, 'plan');
  oneOf(get(p, 'status'), 'plan.status', ['optimal', 'nothing-to-move'] as const);
  if (get(p, 'message') !== undefined) str(get(p, 'message'), 'plan.message', false);
  str(get(p, 'objective'), 'plan.objective');
  const H = num(get(p, 'horizon'), 'plan.horizon', { int: true, min: 1 });
  anyNum(get(p, 'budget'), 'plan.budget');
  const channels = strings(get(p, 'channels'), 'plan.channels');
  if (channels.length === 0) fail('plan.channels', 'expected at least one channel, got none');
  num(get(p, 'draws'), 'plan.draws', { int: true, min: 1 });
  oneOf(get(p, 'carryover'), 'plan.carryover', ['included', 'excluded'] as const);
  const perChannel = (key: string, check: (x: unknown, path: string) => void) => {
    const o = obj(get(p, key), `plan.${key}`);
    for (const c of channels) check(get(o, c), jsonPath(`plan.${key}`, c));
  };
  perChannel('allocation', anyNum);
  perChannel('current', anyNum);
  perChannel('allocation_by_period', (x, path) => arr(x, path, H).forEach((y, t) => anyNum(y, jsonPath(path, t))));
  perChannel('bounds', (x, path) => {
    const b = obj(x, path);
    anyNum(get(b, 'min'), `${path}.min`);
    anyNum(get(b, 'max'), `${path}.max`);
  });
  for (const k of ['kpi_current', 'kpi_recommended', 'media_current', 'media_recommended']) distribution(get(p, k), `plan.${k}`, DIST);
  distribution(get(p, 'uplift'), 'plan.uplift', [...INTERVAL, 'q25', 'q75', 'sd']);
  anyNum(get(p, 'p_uplift_positive'), 'plan.p_uplift_positive');
  perChannel('mroi', (x, path) => distribution(x, path, INTERVAL));
  perChannel('mroi_current', (x, path) => distribution(x, path, INTERVAL));
  anyNum(get(p, 'objective_value'), 'plan.objective_value');
  anyNum(get(p, 'objective_current'), 'plan.objective_current');
  const kkt = obj(get(p, 'kkt'), 'plan.kkt');
  const marginal = obj(get(kkt, 'marginal'), 'plan.kkt.marginal');
  for (const c of channels) anyNum(get(marginal, c), jsonPath('plan.kkt.marginal', c));
  for (const k of ['multiplier', 'spread', 'tolerance']) anyNum(get(kkt, k), `plan.kkt.${k}`);
  for (const k of ['interior', 'atMin', 'atMax', 'violations']) strings(get(kkt, k), `plan.kkt.${k}`);
  bool(get(kkt, 'ok'), 'plan.kkt.ok');
  arr(get(p, 'starts'), 'plan.starts').forEach((s, i) => {
    const o = obj(s, `plan.starts[${i}]`);
    str(get(o, 'from'), `plan.starts[${i}].from`, false);
    anyNum(get(o, 'objective'), `plan.starts[${i}].objective`);
    anyNum(get(o, 'iterations'), `plan.starts[${i}].iterations`);
  });
  if (get(p, 'path') !== undefined) {
    arr(get(p, 'path'), 'plan.path').forEach((s, i) => {
      const o = obj(s, `plan.path[${i}]`);
      anyNum(get(o, 'step'), `plan.path[${i}].step`);
      anyNum(get(o, 'kpi_mean'), `plan.path[${i}].kpi_mean`);
      const a = obj(get(o, 'allocation'), `plan.path[${i}].allocation`);
      for (const c of channels) anyNum(get(a, c), jsonPath(`plan.path[${i}].allocation`, c));
    });
  }
  if (get(p, 'per_draw') !== undefined) {
    const pd = obj(get(p, 'per_draw'), 'plan.per_draw');
    for (const k of ['kpi_current', 'kpi_recommended', 'uplift']) arr(get(pd, k), `plan.per_draw.${k}`).forEach((x, i) => anyNum(x, `plan.per_draw.${k}[${i}]`));
  }
  return v as Plan;
}

export function checkFitMarker(v: unknown): FitMarker {
  const m = obj(v, 'fit-in-progress');
  str(get(m, 'started'), 'fit-in-progress.started', false);
  under('fit-in-progress', () => checkFitConfig(get(m, 'config')));
  num(get(m, 'percent'), 'fit-in-progress.percent', { min: 0, max: 100 });
  return v as FitMarker;
}

export function checkStep(v: unknown): StepId {
  if (typeof v !== 'string' || !isStepId(v)) fail('step', `expected a step name, got ${typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeof v}`);
  return v as StepId;
}

/** What restoreSession reads: each piece as IndexedDB returned it (undefined when nothing was saved). */
export interface SavedSession {
  dataset?: unknown; spec?: unknown; 'fit-config'?: unknown; model?: unknown; plan?: unknown; 'fit-in-progress'?: unknown; step?: unknown;
}

export interface RestoredSession {
  dataset?: Dataset; spec?: ModelSpec; fitConfig?: Partial<FitConfig>; model?: ModelJson; plan?: Plan; marker?: FitMarker; step?: StepId;
}

/**
 * Validates every saved piece; returns them typed, or throws the first FieldError (its path names the piece and field).
 * A plan must belong to the saved model (same channels).
 */
export function validateSavedSession(saved: SavedSession): RestoredSession {
  const out: RestoredSession = {};
  const v = <T>(x: unknown, check: (x: unknown) => T): T | undefined => (x === undefined || x === null ? undefined : check(x));
  out.dataset = v(saved.dataset, checkDataset);
  out.spec = v(saved.spec, (x) => under('spec', () => checkSessionSpec(x)));
  out.fitConfig = v(saved['fit-config'], checkFitConfig);
  out.model = v(saved.model, checkSessionModel);
  out.plan = v(saved.plan, checkPlan);
  out.marker = v(saved['fit-in-progress'], checkFitMarker);
  out.step = v(saved.step, checkStep);
  if (out.plan && out.model) {
    const names = out.model.spec.channels.map((c) => c.name);
    const extra = out.plan.channels.find((c) => !names.includes(c));
    if (extra !== undefined) fail('plan.channels', `channel ${JSON.stringify(extra.slice(0, 40))} is not in the saved model`);
  }
  return out;
}
