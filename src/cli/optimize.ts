// `marginal optimize model.json --budget B --horizon H [...]`: the budget optimizer from the command
// line. Prints the plan table and writes plan.json. Parses its own flags (a tiny parser); checks its
// output paths with ./out-path and the model with the core's model.json validator.
import { readFileSync, writeFileSync } from 'node:fs';
import type { ModelJson } from '../core/fit';
import { parseModelJsonText } from '../core/fit';
import { checkOutPath, writeOut } from './out-path';
import { budgetFrontier, optimizeBudget, planToCsv } from '../core/optimizer';
import type { Frontier, ObjectiveName, OptimizeOptions, Plan } from '../core/optimizer';
import { DEFAULT_EXTRAPOLATE, DEFAULT_HORIZON, DEFAULT_MAX_DRAWS, DEFAULT_OBJECTIVE, FRONTIER_FROM, FRONTIER_POINTS, FRONTIER_TO } from '../core/optimizer';
import { putOwn } from '../core/data';

export const OPTIMIZE_USAGE = `usage: marginal optimize model.json [options]
  --budget B            total budget over the horizon (default: the current plan's total)
  --horizon H           planning horizon in periods (default ${DEFAULT_HORIZON.weekly} weekly, ${DEFAULT_HORIZON.daily} daily)
  --objective NAME      mean | q10 | cvar10 | mean-sd | profit (default ${DEFAULT_OBJECTIVE})
  --value-per-kpi V     value of one KPI unit (profit, and the unit of mROI); default 1
  --margin M            margin on that value (profit); default 1
  --value-multiplier ch=x,...   per-channel value multiplier (profit)
  --risk-aversion L     lambda in mean - lambda*sd (mean-sd); default 1
  --risk-on total|media  what q10/cvar10/mean-sd see per draw: total KPI (default) or media KPI only
  --bounds ch=min:max,...       spend per period; either side may be empty (tv=:5000)
  --floor ch=x,...      minimum spend per period (brand presence)
  --max-change R        max relative change vs current, e.g. 0.3 (or ch=0.3,...)
  --lock ch,...         hold these channels at current spend
  --current ch=x,...    current spend per period (default: mean of the last H periods)
  --extrapolate X       trust region: no period's planned spend beyond X times the largest spend per period
                        the model was fitted on (default ${DEFAULT_EXTRAPOLATE}; X >= 1; none = no trust region)
  --mroi-target X       flexible budget: spend while the last unit returns at least X
  --roi-target X        flexible budget: the largest budget whose plan keeps an average ROI of at least X
  --max-step R          phased path from current to recommended, at most R x current per phase
  --frontier            also sweep ${FRONTIER_POINTS} budgets from ${FRONTIER_FROM * 100}% to ${FRONTIER_TO * 100}% of current (efficient frontier)
  --draws N             posterior draws used (thinned; default ${DEFAULT_MAX_DRAWS})
  --seed N              seed for the random starts (default 1)
  --no-carryover        do not count the plan's carryover after the horizon
  --out plan.json       write the plan (default plan.json)
  --csv plan.csv        also write the plan as CSV`;

class OptimizeUsageError extends Error {}

const VALUE_FLAGS = ['--budget', '--horizon', '--objective', '--value-per-kpi', '--margin', '--value-multiplier', '--risk-aversion', '--risk-on',
  '--bounds', '--floor', '--max-change', '--lock', '--current', '--extrapolate', '--mroi-target', '--roi-target', '--max-step', '--draws', '--seed', '--out', '--csv'];
const BOOL_FLAGS = ['--frontier', '--no-carryover', '--help', '-h'];
const OBJECTIVES: ObjectiveName[] = ['mean', 'q10', 'cvar10', 'mean-sd', 'profit'];

interface Parsed { positional: string[]; values: Map<string, string>; flags: Set<string> }

export function parseFlags(argv: string[]): Parsed {
  const out: Parsed = { positional: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) { out.positional.push(a); continue; }
    const [name, inline] = a.includes('=') && a.startsWith('--') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (BOOL_FLAGS.includes(name)) {
      if (inline !== undefined) throw new OptimizeUsageError(`${name} takes no value`);
      out.flags.add(name);
    } else if (VALUE_FLAGS.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new OptimizeUsageError(`${name} needs a value`);
      if (out.values.has(name)) throw new OptimizeUsageError(`${name} given twice`);
      out.values.set(name, v);
    } else {
      throw new OptimizeUsageError(`unknown flag ${name}`);
    }
  }
  return out;
}

function num(flag: string, v: string, check: (x: number) => boolean = Number.isFinite, what = 'a number'): number {
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || !check(x)) throw new OptimizeUsageError(`${flag} must be ${what}, got "${v}"`);
  return x;
}

/** "a=1,b=2" -> {a: 1, b: 2}. */
function pairs(flag: string, v: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of v.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new OptimizeUsageError(`${flag} expects ch=value,... (got "${part}")`);
    putOwn(out, part.slice(0, eq).trim(), num(flag, part.slice(eq + 1), (x) => x >= 0 && Number.isFinite(x), `a number >= 0 for "${part.slice(0, eq).trim()}"`));
  }
  return out;
}

/** "tv=100:5000,search=:2000" -> min and max records. */
function bounds(v: string): { min: Record<string, number>; max: Record<string, number> } {
  const min: Record<string, number> = {}, max: Record<string, number> = {};
  for (const part of v.split(',')) {
    const m = /^([^=]+)=([^:]*):([^:]*)$/.exec(part.trim());
    if (!m) throw new OptimizeUsageError(`--bounds expects ch=min:max,... (got "${part}")`);
    const ch = m[1].trim();
    const side = (s: string, what: string) => num('--bounds', s, (x) => x >= 0, `a number >= 0 for the ${what} of "${ch}"`);
    if (m[2] !== '') putOwn(min, ch, side(m[2], 'min'));
    if (m[3] !== '') putOwn(max, ch, side(m[3], 'max'));
  }
  return { min, max };
}

export function optionsFromFlags(p: Parsed): OptimizeOptions {
  const v = (f: string) => p.values.get(f);
  const o: OptimizeOptions = {};
  if (v('--budget') !== undefined) o.budget = num('--budget', v('--budget')!, (x) => x > 0, 'a number > 0');
  if (v('--horizon') !== undefined) o.horizon = num('--horizon', v('--horizon')!, (x) => Number.isInteger(x) && x >= 1, 'a whole number >= 1');
  if (v('--objective') !== undefined) {
    const name = v('--objective') as ObjectiveName;
    if (!OBJECTIVES.includes(name)) throw new OptimizeUsageError(`--objective must be one of ${OBJECTIVES.join(', ')}, got "${name}"`);
    o.objective = name;
  }
  if (v('--value-per-kpi') !== undefined) o.valuePerKpi = num('--value-per-kpi', v('--value-per-kpi')!, (x) => x > 0, 'a number > 0');
  if (v('--margin') !== undefined) o.margin = num('--margin', v('--margin')!, (x) => x > 0, 'a number > 0');
  if (v('--value-multiplier') !== undefined) o.valueMultiplier = pairs('--value-multiplier', v('--value-multiplier')!);
  if (v('--risk-aversion') !== undefined) o.riskAversion = num('--risk-aversion', v('--risk-aversion')!, (x) => x >= 0, 'a number >= 0');
  if (v('--risk-on') !== undefined) {
    const r = v('--risk-on')!;
    if (r !== 'total' && r !== 'media') throw new OptimizeUsageError(`--risk-on must be total or media, got "${r}"`);
    o.riskOn = r;
  }
  if (v('--bounds') !== undefined) Object.assign(o, bounds(v('--bounds')!));
  if (v('--floor') !== undefined) o.floors = pairs('--floor', v('--floor')!);
  if (v('--max-change') !== undefined) {
    const mc = v('--max-change')!;
    o.maxChange = mc.includes('=') ? pairs('--max-change', mc) : num('--max-change', mc, (x) => x >= 0, 'a fraction >= 0 (0.3 = 30%)');
  }
  if (v('--lock') !== undefined) o.lock = v('--lock')!.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (v('--current') !== undefined) o.current = pairs('--current', v('--current')!);
  if (v('--extrapolate') !== undefined) {
    const x = v('--extrapolate')!;
    o.extrapolate = x.trim() === 'none' ? Infinity
      : num('--extrapolate', x, (y) => y >= 1, 'a number >= 1 (1.5 = up to 1.5x the largest spend per period the model has seen; below 1 would forbid spend it has seen), or none');
  }
  if (v('--mroi-target') !== undefined) o.mroiTarget = num('--mroi-target', v('--mroi-target')!);
  if (v('--roi-target') !== undefined) o.roiTarget = num('--roi-target', v('--roi-target')!);
  if (v('--max-step') !== undefined) o.maxStepChange = num('--max-step', v('--max-step')!, (x) => x > 0, 'a fraction > 0');
  if (v('--draws') !== undefined) o.maxDraws = num('--draws', v('--draws')!, (x) => Number.isInteger(x) && x >= 1, 'a whole number >= 1');
  if (v('--seed') !== undefined) o.seed = num('--seed', v('--seed')!, Number.isInteger, 'an integer');
  if (p.flags.has('--no-carryover')) o.includeCarryover = false;
  if ([o.budget, o.mroiTarget, o.roiTarget].filter((x) => x !== undefined).length > 1) {
    throw new OptimizeUsageError('--budget, --mroi-target and --roi-target are alternatives: give one');
  }
  return o;
}

const f = (x: number) => {
  if (!Number.isFinite(x)) return 'NA';
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e15)) return x.toExponential(2);
  return a >= 1e4 ? Math.round(x).toLocaleString('en-US') : Number(x.toPrecision(4)).toString();
};

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (c: string[]) => c.map((s, i) => (i === 0 ? s.padEnd(w[i]) : s.padStart(w[i]))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

export function formatPlan(plan: Plan): string {
  const rows = plan.channels.map((c) => {
    const cur = plan.current[c], rec = plan.allocation[c], m = plan.mroi[c];
    return [c, f(cur), f(rec), cur > 0 ? `${((rec / cur - 1) * 100).toFixed(1)}%` : 'new', f(m.mean), `[${f(m.q03)}, ${f(m.q97)}]`];
  });
  const d = (x: Plan['kpi_current']) => `${f(x.mean)}  50% [${f(x.q25)}, ${f(x.q75)}]  94% [${f(x.q03)}, ${f(x.q97)}]`;
  const lines = [
    `objective ${plan.objective}, horizon ${plan.horizon} periods, budget ${f(plan.budget)} (${f(plan.budget / plan.horizon)} per period), ${plan.draws} draws, carryover ${plan.carryover}`,
    ...(plan.message ? [plan.message] : []),
    '',
    table(['channel', 'current/period', 'recommended/period', 'change', 'mROI', '94% interval'], rows),
    '',
    `KPI over the horizon, current:     ${d(plan.kpi_current)}`,
    `KPI over the horizon, recommended: ${d(plan.kpi_recommended)}`,
    `uplift: ${f(plan.uplift.mean)}  94% [${f(plan.uplift.q03)}, ${f(plan.uplift.q97)}]   P(uplift > 0) = ${plan.p_uplift_positive.toFixed(3)}`,
    `KKT: ${plan.kkt.ok ? 'ok' : 'NOT MET'} (interior channels' marginal returns within ${(plan.kkt.spread * 100).toPrecision(2)}% of ${f(plan.kkt.multiplier)}` +
      `${plan.kkt.atMin.length ? `; at min: ${plan.kkt.atMin.join(', ')}` : ''}${plan.kkt.atMax.length ? `; at max: ${plan.kkt.atMax.join(', ')}` : ''}` +
      `${plan.kkt.violations.length ? `; violations: ${plan.kkt.violations.join(', ')}` : ''})`,
  ];
  const tr = plan.trust_region;
  if (tr) {
    lines.push(Number.isFinite(tr.extrapolate)
      ? `trust region: no period above ${tr.extrapolate}x the largest spend per period the model has seen (--extrapolate to widen)`
      : 'trust region: off (--extrapolate none)');
    for (const n of tr.notes) lines.push(`  ${n}`);
  }
  if (plan.path) lines.push(`phased path: ${plan.path.length - 1} phases from current to recommended`);
  return lines.join('\n');
}

export function formatFrontier(fr: Frontier): string {
  const rows = fr.points.map((p) => p.feasible
    ? [f(p.budget), `${((p.budget / fr.current_budget) * 100).toFixed(0)}%`, f(p.kpi.mean), `[${f(p.kpi.q03)}, ${f(p.kpi.q97)}]`, f(p.mroi_last.mean), `[${f(p.mroi_last.q03)}, ${f(p.mroi_last.q97)}]`]
    : [f(p.budget), `${((p.budget / fr.current_budget) * 100).toFixed(0)}%`, 'infeasible', '', '', '']);
  return table(['budget', 'of current', 'KPI', '94% interval', 'mROI last unit', '94% interval'], rows);
}

/** A flag naming a channel the model does not have (a usage error, so exit 2). */
function unknownChannel(model: ModelJson, o: OptimizeOptions): string | undefined {
  const names = model.spec.channels.map((c) => c.name);
  const check: [string, string[]][] = [
    ['--bounds', [...Object.keys(o.min ?? {}), ...Object.keys(o.max ?? {})]], ['--floor', Object.keys(o.floors ?? {})],
    ['--max-change', typeof o.maxChange === 'object' ? Object.keys(o.maxChange) : []], ['--lock', o.lock ?? []],
    ['--current', Object.keys(o.current ?? {})], ['--value-multiplier', Object.keys(o.valueMultiplier ?? {})],
  ];
  for (const [flag, keys] of check) {
    const k = keys.find((x) => !names.includes(x));
    if (k !== undefined) return `${flag}: unknown channel "${k}" (channels: ${names.join(', ')})`;
  }
  return undefined;
}

export async function runOptimizeCommand(argv: string[]): Promise<number> {
  let parsed: Parsed, opts: OptimizeOptions;
  try {
    parsed = parseFlags(argv);
    if (parsed.flags.has('--help') || parsed.flags.has('-h')) { process.stdout.write(OPTIMIZE_USAGE + '\n'); return 0; }
    if (parsed.positional.length !== 1) throw new OptimizeUsageError(parsed.positional.length === 0 ? 'missing model.json' : `unexpected argument "${parsed.positional[1]}"`);
    opts = optionsFromFlags(parsed);
  } catch (e) {
    if (e instanceof OptimizeUsageError) { process.stderr.write(`error: ${e.message}\n${OPTIMIZE_USAGE}\n`); return 2; }
    throw e;
  }
  const path = parsed.positional[0];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`error: cannot read model file '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 1;
  }
  let model: ModelJson;
  try {
    // What the optimizer reads (spec, data, scaling, draws); the summaries are not needed here.
    model = parseModelJsonText(text, 'optimizer');
  } catch (e) {
    process.stderr.write(`error: '${path}' is not a model.json marginal can use: ${(e as Error).message}\n`);
    return 1;
  }
  const out = parsed.values.get('--out') ?? 'plan.json';
  const csv = parsed.values.get('--csv');
  try {
    checkOutPath('--out', out);
    if (csv) checkOutPath('--csv', csv);
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 1;
  }
  const bad = unknownChannel(model, opts);
  if (bad) { process.stderr.write(`error: ${bad}\n${OPTIMIZE_USAGE}\n`); return 2; }
  const rows = model.data.dates.length;
  if (opts.horizon !== undefined && opts.horizon > rows) {
    process.stderr.write(`warning: --horizon ${opts.horizon} is ${(opts.horizon / rows).toFixed(opts.horizon >= 10 * rows ? 0 : 1)} times the data's length (${rows} periods): the plan extrapolates far beyond what the model was fitted on\n`);
  }
  try {
    const plan = await optimizeBudget(model, opts);
    process.stdout.write(formatPlan(plan) + '\n');
    let frontier: Frontier | undefined;
    if (parsed.flags.has('--frontier')) {
      const { budget: _b, mroiTarget: _m, roiTarget: _r, ...rest } = opts;
      frontier = await budgetFrontier(model, rest);
      process.stdout.write('\nefficient frontier\n' + formatFrontier(frontier) + '\n');
    }
    writeOut('--out', out, () => writeFileSync(out, JSON.stringify(frontier ? { ...plan, frontier } : plan, null, 2) + '\n'));
    process.stdout.write(`\nwrote ${out}\n`);
    if (csv) { writeOut('--csv', csv, () => writeFileSync(csv, planToCsv(plan))); process.stdout.write(`wrote ${csv}\n`); }
    return 0;
  } catch (e) {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
