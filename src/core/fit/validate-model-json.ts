// The one check of a model.json read from outside (a file, the app's upload, a saved session): every
// field the CLI, the optimizer and the app read, each failure naming its JSON path.
import type { ModelJson } from './model-json';
import type { ModelSpec } from '../model/spec';
import { ADAPTATIONS } from '../engine/adaptation';
import { parsePriors, resolvePriors } from '../model/priors';
import { ADSTOCK_KINDS, minLmax } from '../model/components/adstock';
import { checkBaseline } from '../model/components/baseline-flex';
import { holdoutPeriods } from './holdout';
import { synergyPairs } from '../model/components/synergy';
import { anyNum, found, arr, bool, fail, FieldError, get, has, jsonPath, num, numbers, numOrNull, obj, oneOf, str, type Obj } from './field-check';


const SATURATIONS = ['logistic', 'hill', 'michaelis-menten'] as const;

/**
 * Checks a model spec (at JSON path `spec`): channels, controls, seasonality, likelihood, lift tests, holdout and,
 * unless `priors` is false, the priors against the spec. `n`: the data's rows (bounds lmax and holdout) when known.
 */
export function checkSpec(v: unknown, n: number | undefined, priors = true): ModelSpec {
  const s = obj(v, 'spec');
  str(get(s, 'date'), 'spec.date');
  str(get(s, 'kpi'), 'spec.kpi');
  const chans = arr(get(s, 'channels'), 'spec.channels');
  if (chans.length === 0) fail('spec.channels', 'expected at least one channel, got none');
  const names = new Set<string>();
  chans.forEach((c, i) => {
    const p = `spec.channels[${i}]`;
    const o = obj(c, p);
    const name = str(get(o, 'name'), `${p}.name`);
    if (names.has(name)) fail(`${p}.name`, `channel ${found(name)} is listed twice`);
    names.add(name);
    const adstock = oneOf(get(o, 'adstock'), `${p}.adstock`, ADSTOCK_KINDS);
    const lmax = num(get(o, 'lmax'), `${p}.lmax`, { int: true, min: 1, max: n ?? Infinity });
    if (lmax < minLmax(adstock)) fail(`${p}.lmax`, `${adstock} adstock needs lmax of at least ${minLmax(adstock)}, got ${lmax}`);
    oneOf(get(o, 'saturation'), `${p}.saturation`, SATURATIONS);
  });
  const controls = arr(get(s, 'controls'), 'spec.controls');
  controls.forEach((c, i) => {
    const name = str(c, `spec.controls[${i}]`);
    if (names.has(name)) fail(`spec.controls[${i}]`, `${found(name)} is already a channel or a control`);
    names.add(name);
  });
  num(get(s, 'yearly'), 'spec.yearly', { int: true, min: 0, max: 50 });
  bool(get(s, 'trend'), 'spec.trend');
  oneOf(get(s, 'likelihood'), 'spec.likelihood', ['normal', 'student-t'] as const);
  if (get(s, 'standardizeControls') !== undefined) bool(get(s, 'standardizeControls'), 'spec.standardizeControls');
  if (get(s, 'priors') !== undefined) obj(get(s, 'priors'), 'spec.priors');
  const lift = get(s, 'liftTests') === undefined ? [] : arr(get(s, 'liftTests'), 'spec.liftTests');
  lift.forEach((l, i) => {
    const p = `spec.liftTests[${i}]`;
    const o = obj(l, p);
    const ch = str(get(o, 'channel'), `${p}.channel`);
    if (!chans.some((c) => (c as Obj).name === ch)) fail(`${p}.channel`, `${found(ch)} is not a channel of spec.channels`);
    num(get(o, 'x'), `${p}.x`, { min: 0 });
    num(get(o, 'deltaX'), `${p}.deltaX`);
    num(get(o, 'deltaY'), `${p}.deltaY`);
    num(get(o, 'sigma'), `${p}.sigma`, { above: 0 });
  });
  const synergy = get(s, 'synergy') === undefined ? [] : arr(get(s, 'synergy'), 'spec.synergy');
  synergy.forEach((x, i) => {
    const p = `spec.synergy[${i}]`;
    const o = obj(x, p);
    for (const k of ['a', 'b']) {
      const ch = str(get(o, k), `${p}.${k}`);
      if (!chans.some((c) => (c as Obj).name === ch)) fail(`${p}.${k}`, `${found(ch)} is not a channel of spec.channels`);
    }
  });
  try {
    synergyPairs(s as unknown as ModelSpec);
  } catch (e) {
    fail('spec.synergy', (e as Error).message);
  }
  if (get(s, 'holdout') !== undefined) num(get(s, 'holdout'), 'spec.holdout', { int: true, min: 0, max: n === undefined ? Infinity : n - 1 });
  try {
    checkBaseline(get(s, 'baseline'));
  } catch (e) {
    fail('spec', (e as Error).message);
  }
  if (get(s, 'saturationCoordinates') !== undefined) oneOf(get(s, 'saturationCoordinates'), 'spec.saturationCoordinates', ['natural', 'effect'] as const);
  const spec = s as unknown as ModelSpec;
  if (!priors) return spec;
  try {
    parsePriors(spec.priors ?? {}, spec);
  } catch (e) {
    fail('spec.priors', (e as Error).message);
  }
  return spec;
}

function checkData(v: unknown, spec: Obj): number {
  const d = obj(v, 'data');
  const dates = arr(get(d, 'dates'), 'data.dates');
  const n = dates.length;
  if (n < 2) fail('data.dates', `expected at least 2 periods, got ${n}`);
  dates.forEach((x, i) => {
    if (typeof x !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x)) fail(`data.dates[${i}]`, `expected a date YYYY-MM-DD, got ${found(x)}`);
    if (i > 0 && !((x as string) > (dates[i - 1] as string))) fail(`data.dates[${i}]`, `dates must increase, but ${x} follows ${String(dates[i - 1])}`);
  });
  oneOf(get(d, 'frequency'), 'data.frequency', ['weekly', 'daily'] as const);
  numbers(get(d, 'dayOfYear'), 'data.dayOfYear', n, { int: true, min: 1, max: 366 });
  if (get(d, 'kpiName') !== undefined) str(get(d, 'kpiName'), 'data.kpiName', false);
  numbers(get(d, 'kpi'), 'data.kpi', n);
  const chans = obj(get(d, 'channels'), 'data.channels');
  for (const c of spec.channels as Obj[]) numbers(get(chans, c.name as string), jsonPath('data.channels', c.name as string), n, { min: 0 });
  const controls = obj(get(d, 'controls'), 'data.controls');
  for (const k of spec.controls as string[]) numbers(get(controls, k), jsonPath('data.controls', k), n);
  return n;
}

function checkScaling(v: unknown, spec: Obj): void {
  const s = obj(v, 'scaling');
  num(get(s, 'kpi'), 'scaling.kpi', { above: 0 });
  const chans = obj(get(s, 'channels'), 'scaling.channels');
  for (const c of spec.channels as Obj[]) num(get(chans, c.name as string), jsonPath('scaling.channels', c.name as string), { above: 0 });
  const controls = obj(get(s, 'controls'), 'scaling.controls');
  for (const k of spec.controls as string[]) {
    const p = jsonPath('scaling.controls', k);
    const o = obj(get(controls, k), p);
    num(get(o, 'center'), `${p}.center`);
    num(get(o, 'scale'), `${p}.scale`, { above: 0 });
  }
}

function checkFit(v: unknown): void {
  const f = obj(v, 'fit');
  num(get(f, 'chains'), 'fit.chains', { int: true, min: 1 });
  num(get(f, 'warmup'), 'fit.warmup', { int: true, min: 0 });
  num(get(f, 'draws'), 'fit.draws', { int: true, min: 1 });
  num(get(f, 'seed'), 'fit.seed');
  num(get(f, 'targetAccept'), 'fit.targetAccept', { above: 0, max: 1 });
  num(get(f, 'maxDepth'), 'fit.maxDepth', { int: true, min: 1 });
  if (get(f, 'adaptation') !== undefined) oneOf(get(f, 'adaptation'), 'fit.adaptation', ADAPTATIONS);
}

/** Every draw array [chain][draw], one shape for all; each sampled parameter within its support. */
function checkDraws(v: unknown, spec: ModelSpec, likelihoodToo: boolean, nFit: number): { chains: number; draws: number } {
  const d = obj(v, 'draws');
  const supports = new Map<string, [number, number]>();
  let priors: ReturnType<typeof resolvePriors> = [];
  try {
    priors = resolvePriors(spec, nFit);
  } catch (e) {
    fail('spec', (e as Error).message);
  }
  for (const p of priors) supports.set(p.name, [p.lo, p.hi]);
  // The likelihood's sigma and nu are needed by the posterior pages, not by the optimizer's response and baseline.
  const required = priors.map((p) => p.name).filter((n) => likelihoodToo || (n !== 'sigma' && n !== 'nu'));
  if (priors.some((p) => p.name.startsWith('roi['))) for (const c of spec.channels) required.push(`saturation_beta[${c.name}]`);
  for (const name of required) if (!has(d, name)) fail(jsonPath('draws', name), 'missing (every parameter of the spec needs its draws)');
  let shape: { chains: number; draws: number } | undefined;
  for (const name of Object.keys(d)) {
    const p = jsonPath('draws', name);
    const chains = arr(d[name], p);
    if (chains.length === 0) fail(p, 'expected at least one chain, got none');
    const [lo, hi] = supports.get(name) ?? [-Infinity, Infinity];
    chains.forEach((ch, c) => {
      const a = arr(ch, jsonPath(p, c));
      if (!shape) {
        if (a.length === 0) fail(jsonPath(p, c), 'expected at least one draw, got none');
        shape = { chains: chains.length, draws: a.length };
      }
      if (chains.length !== shape.chains) fail(p, `expected ${shape.chains} chains like the other parameters, got ${chains.length}`);
      if (a.length !== shape.draws) fail(jsonPath(p, c), `expected ${shape.draws} draws like the other parameters, got ${a.length}`);
      numbers(a, jsonPath(p, c), shape.draws, { ...(lo > -Infinity && { min: lo }), ...(hi < Infinity && { max: hi }) });
    });
  }
  if (!shape) fail('draws', 'no draws');
  return shape!;
}

const STATS = ['accept_stat', 'stepsize', 'treedepth', 'n_leapfrog', 'divergent', 'energy', 'lp'] as const;

function checkSampler(v: unknown, shape: { chains: number; draws: number }): void {
  const s = obj(v, 'sampler');
  for (const k of STATS) {
    const a = arr(get(s, k), `sampler.${k}`, shape.chains);
    a.forEach((ch, c) => numbers(ch, `sampler.${k}[${c}]`, shape.draws));
  }
}

function checkDiagnostics(v: unknown): void {
  const d = obj(v, 'diagnostics');
  numOrNull(get(d, 'max_rhat'), 'diagnostics.max_rhat');
  numOrNull(get(d, 'min_ess_bulk'), 'diagnostics.min_ess_bulk');
  numOrNull(get(d, 'min_ess_tail'), 'diagnostics.min_ess_tail');
  num(get(d, 'divergences'), 'diagnostics.divergences', { int: true, min: 0 });
  num(get(d, 'treedepth_saturated'), 'diagnostics.treedepth_saturated', { int: true, min: 0 });
  // Each chain's E-BFMI: NaN for a chain whose energy never varied (kept as NaN in a saved session).
  arr(get(d, 'ebfmi'), 'diagnostics.ebfmi').forEach((x, i) => anyNum(x, `diagnostics.ebfmi[${i}]`));
  num(get(d, 'seconds'), 'diagnostics.seconds', { min: 0 });
  num(get(d, 'gradients'), 'diagnostics.gradients', { min: 0 });
  for (const k of ['chain_seconds', 'chain_gradients', 'step_size'] as const) {
    const a = get(d, k);
    if (a !== undefined) numbers(a, `diagnostics.${k}`, arr(a, `diagnostics.${k}`).length);
  }
}

/** nullable: null allowed (the table prints NA); otherwise any number (the table prints it, NaN included). */
function interval(v: unknown, path: string, nullable: boolean): void {
  const o = obj(v, path);
  for (const k of ['mean', 'q03', 'q97']) (nullable ? numOrNull : anyNum)(get(o, k), `${path}.${k}`);
}

function checkSummary(v: unknown, spec: ModelSpec, drawNames: string[]): void {
  const s = obj(v, 'summary');
  const params = obj(get(s, 'parameters'), 'summary.parameters');
  for (const name of drawNames) if (!has(params, name)) fail(jsonPath('summary.parameters', name), 'missing (every parameter with draws needs its summary)');
  for (const name of Object.keys(params)) {
    const p = jsonPath('summary.parameters', name);
    const o = obj(params[name], p);
    for (const k of ['mean', 'sd', 'q03', 'q97', 'rhat', 'ess_bulk', 'ess_tail']) numOrNull(get(o, k), `${p}.${k}`);
    if (get(o, 'mcse_mean') !== undefined) numOrNull(get(o, 'mcse_mean'), `${p}.mcse_mean`);
  }
  const chans = obj(get(s, 'channels'), 'summary.channels');
  for (const c of spec.channels) if (!has(chans, c.name)) fail(jsonPath('summary.channels', c.name), 'missing (every channel needs its summary)');
  for (const name of Object.keys(chans)) {
    const p = jsonPath('summary.channels', name);
    const o = obj(chans[name], p);
    for (const k of ['roi', 'mroi', 'contribution_total']) interval(get(o, k), `${p}.${k}`, true);
    num(get(o, 'spend_total'), `${p}.spend_total`, { min: 0 });
    if (get(o, 'contribution_share') !== undefined) interval(get(o, 'contribution_share'), `${p}.contribution_share`, true);
    if (get(o, 'spend_share') !== undefined) numOrNull(get(o, 'spend_share'), `${p}.spend_share`);
  }
  if (get(s, 'synergy') !== undefined) {
    const syn = obj(get(s, 'synergy'), 'summary.synergy');
    for (const name of Object.keys(syn)) {
      const p = jsonPath('summary.synergy', name);
      const o = obj(syn[name], p);
      str(get(o, 'a'), `${p}.a`);
      str(get(o, 'b'), `${p}.b`);
      for (const k of ['eta', 'contribution_total', 'lift']) interval(get(o, k), `${p}.${k}`, true);
    }
  }
  for (const part of ['fit', 'fit_holdout'] as const) {
    const m = get(s, part);
    if (m === undefined) continue;
    const o = obj(m, `summary.${part}`);
    for (const k of ['r2', 'mape', 'nrmse']) interval(get(o, k), `summary.${part}.${k}`, false);
  }
}

/**
 * What is checked: 'file' (default) every field, for a model.json read from a file or a saved session;
 * 'optimizer' only what the optimizer reads (spec, data, scaling and the draws of the response and
 * baseline parameters), so it also takes models built in memory without sampler statistics or summaries.
 */
export type ModelJsonScope = 'file' | 'optimizer';

/**
 * Checks a parsed model.json; returns it typed, or throws a FieldError naming the first bad
 * field. Never mutates its input.
 */
export function validateModelJson(value: unknown, scope: ModelJsonScope = 'file'): ModelJson {
  const m = obj(value, '(model.json)');
  if (get(m, 'format') !== 'marginal-model') {
    // Not ours at all: say so first (the app shows "could not be loaded: not a Marginal model.json ..."), then the field.
    const e = new FieldError('format', `expected "marginal-model" (a model.json written by marginal fit), got ${get(m, 'format') === undefined ? 'nothing (missing)' : found(get(m, 'format'))}`);
    e.message = `not a Marginal model.json (${e.message})`;
    throw e;
  }
  if (get(m, 'version') !== 1) fail('version', `expected 1 (the only version there is), got ${get(m, 'version') === undefined ? 'nothing (missing)' : found(get(m, 'version'))}`);
  if (get(m, 'created') !== undefined) str(get(m, 'created'), 'created', false);
  // Data rows first (the spec's lmax and holdout are checked against them), then the spec in full.
  const dataObj = obj(get(m, 'data'), 'data');
  const rows = Array.isArray(get(dataObj, 'dates')) ? (get(dataObj, 'dates') as unknown[]).length : undefined;
  const spec = checkSpec(get(m, 'spec'), rows);
  const n = checkData(dataObj, spec as unknown as Obj);
  checkScaling(get(m, 'scaling'), spec as unknown as Obj);
  const nFit = n - holdoutPeriods({ holdout: get(m, 'holdout') as ModelJson['holdout'], spec, data: { dates: get(dataObj, 'dates') as string[] } });
  const shape = checkDraws(get(m, 'draws'), spec, scope === 'file', nFit);
  if (scope === 'optimizer') return value as ModelJson;
  checkFit(get(m, 'fit'));
  checkSampler(get(m, 'sampler'), shape);
  checkDiagnostics(get(m, 'diagnostics'));
  checkSummary(get(m, 'summary'), spec, Object.keys(get(m, 'draws') as Obj));
  const h = get(m, 'holdout');
  if (h !== undefined) {
    const o = obj(h, 'holdout');
    const periods = num(get(o, 'periods'), 'holdout.periods', { int: true, min: 1, max: n - 1 });
    const start = str(get(o, 'start'), 'holdout.start');
    if (start !== (get(dataObj, 'dates') as string[])[n - periods]) fail('holdout.start', `expected ${(get(dataObj, 'dates') as string[])[n - periods]} (the first of the last ${periods} dates), got ${found(start)}`);
  }
  if (get(m, 'cancelled') !== undefined) bool(get(m, 'cancelled'), 'cancelled');
  return value as ModelJson;
}

/** Parses model.json text and validates it (JSON syntax errors are reported as the file's, not a field's). */
export function parseModelJsonText(text: string, scope: ModelJsonScope = 'file'): ModelJson {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new FieldError('(model.json)', `not valid JSON: ${(e as Error).message}`);
  }
  return validateModelJson(json, scope);
}
