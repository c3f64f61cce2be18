// The pure half of the goals bench (bench/goals.bench.ts): which goals there are, which a command line selects,
// how a measurement is judged against its goal, and the one table they print. No timing, no I/O: tested in
// test/bench/goals-table.test.ts.

/** The goals of issue 9, in the order the table lists them. `long` ones run only with --long or when named in --only. */
export const GOALS = [
  { id: 'pymc', long: false, what: 'PyMC example, 1 chain: min bulk-ESS/s per core over rstan', goal: '>= 30x (moonshot 50x)' },
  { id: 'daily12', long: false, what: '3y daily x 12 channels, defaults, 4 chains: wall in Node', goal: '< 60 s' },
  { id: 'daily12-summary', long: false, what: '3y daily x 12 channels: summary time over sampling time', goal: '<= 1x' },
  { id: 'daily30', long: true, what: '3y daily x 30 channels, defaults, 4 chains: wall in Node', goal: '< 180 s' },
  { id: 'daily30-5y', long: true, what: '5y daily x 30 channels, defaults, 4 chains: peak memory', goal: 'completes, < 1024 MB' },
  { id: 'hill', long: false, what: 'Hill over logistic sampling time, same weekly data', goal: '<= 1.2x' },
  { id: 'browser-pymc', long: false, what: 'PyMC example, 2 x (750 + 500), Chromium: sampling', goal: '<= 1.5 s' },
  { id: 'browser-demo', long: false, what: 'Demo, 4 x (1000 + 1000), Chromium: wall (UI)', goal: '< 5 s' },
] as const;

export type GoalId = (typeof GOALS)[number]['id'];

/** Runs (what the bench executes) and the goals each one measures: one run can settle two rows. */
export const RUNS: Record<string, GoalId[]> = {
  pymc: ['pymc'],
  daily12: ['daily12', 'daily12-summary'],
  daily30: ['daily30'],
  'daily30-5y': ['daily30-5y'],
  hill: ['hill'],
  'browser-pymc': ['browser-pymc'],
  'browser-demo': ['browser-demo'],
};

/** Run names that `--only` accepts besides the run names themselves. */
const ALIASES: Record<string, string[]> = { browser: ['browser-pymc', 'browser-demo'], scale: ['daily12', 'daily30', 'daily30-5y'], long: ['daily30', 'daily30-5y'] };

export interface GoalOptions {
  /** The runs to execute, in table order. */
  runs: string[];
  /** Runs left out because they are long (shown in the "how to run them" line). */
  skippedLong: string[];
  /** Run rstan on the PyMC example instead of using its stored figures (8-12 minutes). */
  stan: boolean;
}

/** `--only=pymc,hill,browser` (runs or aliases: browser, scale, long), `--long` (add the 30-channel runs), `--stan`. */
export function goalOptions(argv: string[]): GoalOptions {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const long = argv.includes('--long');
  const stan = argv.includes('--stan');
  const all = Object.keys(RUNS);
  const isLong = (r: string) => GOALS.some((g) => g.long && RUNS[r].includes(g.id));
  let named = new Set(all);
  const explicit = new Set<string>();
  if (only !== undefined) {
    const keys = only.split(',').map((s) => s.trim()).filter(Boolean);
    if (keys.length === 0) throw new Error(`goals bench: --only needs run names (${all.join(', ')}; or browser, scale, long)`);
    named = new Set();
    for (const k of keys) {
      if (RUNS[k]) { named.add(k); explicit.add(k); }
      else if (ALIASES[k]) ALIASES[k].forEach((r) => { named.add(r); if (k === 'long') explicit.add(r); });
      else throw new Error(`goals bench: --only: unknown run "${k}" (one of ${all.join(', ')}; or browser, scale, long)`);
    }
  }
  // A long run runs with --long or when named itself (or through "long"); "scale" alone brings only the short one.
  const chosen = all.filter((r) => named.has(r) && (!isLong(r) || long || explicit.has(r)));
  const skippedLong = all.filter((r) => named.has(r) && !chosen.includes(r));
  return { runs: chosen, skippedLong, stan };
}

/** Where a reference figure comes from. */
export type Source = 'same run' | `stored: ${string}`;

export interface Measurement {
  measured: number;
  unit: string;
  reference?: { value: number; unit: string; source: Source; what: string };
  /** Measured over reference (the figure the goal is stated in when `by` is 'ratio'). */
  ratio?: number;
  note?: string;
}

/** How each goal is judged: the figure it looks at (the measurement or the ratio), the bound, and a moonshot. */
export const CHECKS: Record<GoalId, { by: 'measured' | 'ratio'; op: '<' | '<=' | '>='; bound: number; moonshot?: number }> = {
  pymc: { by: 'ratio', op: '>=', bound: 30, moonshot: 50 },
  daily12: { by: 'measured', op: '<', bound: 60 },
  'daily12-summary': { by: 'ratio', op: '<=', bound: 1 },
  daily30: { by: 'measured', op: '<', bound: 180 },
  'daily30-5y': { by: 'measured', op: '<', bound: 1024 },
  hill: { by: 'ratio', op: '<=', bound: 1.2 },
  'browser-pymc': { by: 'measured', op: '<=', bound: 1.5 },
  'browser-demo': { by: 'measured', op: '<', bound: 5 },
};

/** 'yes', 'no', 'yes (moonshot too)' or 'not run'. A figure that is not finite (a failed run) is never met. */
export function evaluate(id: GoalId, m: Measurement | undefined): string {
  if (!m) return 'not run';
  const c = CHECKS[id];
  const x = c.by === 'ratio' ? m.ratio : m.measured;
  if (x === undefined || !Number.isFinite(x)) return 'no';
  const met = c.op === '<' ? x < c.bound : c.op === '<=' ? x <= c.bound : x >= c.bound;
  if (!met) return 'no';
  return c.moonshot !== undefined && x >= c.moonshot ? 'yes (moonshot too)' : 'yes';
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

export interface GoalRow { id: GoalId; what: string; goal: string; measured: string; reference: string; ratio: string; met: string; note: string }

/** One row per goal: the measurement if its run ran, else "not run" (with why, when a reason is given). */
export function goalRows(results: Partial<Record<GoalId, Measurement>>, notRun: Partial<Record<GoalId, string>> = {}): GoalRow[] {
  return GOALS.map((g) => {
    const m = results[g.id];
    if (!m) return { id: g.id, what: g.what, goal: g.goal, measured: 'not run', reference: '', ratio: '', met: 'not run', note: notRun[g.id] ?? '' };
    const ref = m.reference;
    return {
      id: g.id, what: g.what, goal: g.goal,
      measured: `${fmt(m.measured)} ${m.unit}`,
      reference: ref ? `${fmt(ref.value)} ${ref.unit} (${ref.what}; ${ref.source})` : '',
      ratio: m.ratio === undefined ? '' : `${fmt(m.ratio)}x`,
      met: evaluate(g.id, m),
      note: m.note ?? '',
    };
  });
}

/** The table as fixed-width text: goal | measured | reference | ratio | met?, a note line under a row that has one. */
export function goalsTable(rows: GoalRow[]): string {
  const head = { what: 'goal', goal: 'target', measured: 'measured', reference: 'reference (source)', ratio: 'ratio', met: 'met?' };
  const cols = ['what', 'goal', 'measured', 'reference', 'ratio', 'met'] as const;
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(head[c].length, ...rows.map((r) => r[c].length))])) as Record<(typeof cols)[number], number>;
  const line = (r: Record<(typeof cols)[number], string>) => cols.map((c) => r[c].padEnd(width[c])).join(' | ').trimEnd();
  const out = [line(head), cols.map((c) => '-'.repeat(width[c])).join('-|-')];
  for (const r of rows) {
    out.push(line(r));
    if (r.note) out.push(`    ${r.note}`);
  }
  return out.join('\n');
}
