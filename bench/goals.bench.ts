// Issue 9's speed goals, side by side in one run: each goal measured, beside its reference (from the same run where
// one exists, else a stored figure, saying which), the ratio, and whether it is met. Reuses the other benches' code:
// mmm.bench (PyMC-Marketing's example, rstan), scale.bench (daily data x N channels), browser.bench (the app in
// headless Chromium). Prints one table and writes every figure to bench-output/goals.json.
//
//   npm run bench -- goals                          every goal but the two 30-channel fits (each 20+ minutes here)
//   npm run bench -- goals --long                   all of them
//   npm run bench -- goals --only=pymc,hill,browser runs by name: pymc, daily12, daily30, daily30-5y, hill,
//                                                   browser-pymc, browser-demo; or browser (both), scale, long
//   npm run bench -- goals --stan                   run rstan on the PyMC example (8-12 minutes) instead of its stored figures
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectColumns, ingestCsv, parseCsv } from '../src/core/data';
import { generateRecoveryDataset, recoverySuite } from '../src/core/data/recovery';
import { DEFAULT_FIT_CONFIG } from '../src/core/engine';
import { createInlineHost } from '../src/core/engine/inline-host';
import { createNodeHost } from '../src/core/engine/node-host';
import { fitModel } from '../src/core/fit/fit-model';
import type { ModelJson } from '../src/core/fit/model-json';
import { defaultSpec, type FitConfig, type SaturationKind } from '../src/core/model';
import { CHROMIUM, SKIP_MESSAGE } from '../test/e2e/harness';
import { browserFit, config as DEMO_CONFIG, nodeDemoFit } from './browser.bench';
import { goalOptions, goalRows, goalsTable, GOALS, RUNS, type GoalId, type Measurement } from './goals-table';
import { CONFIG as PYMC_CONFIG, csvPath, load, root, row, runStan, type StanResult } from './mmm.bench';
import { scaleFit, type ScaleResult } from './scale.bench';

const RSTAN_FILE = join(root, 'stan', 'results', 'pymc_example_rstan.json');
/** Stored figures the goals without an in-run reference are read against (issue 9 and the README, this machine). */
const STORED = {
  daily12Wall: { value: 300, source: 'stored: issue 9, quiet machine, before its changes' },
  daily30Wall: { value: 1414, source: 'stored: README scale run 2026-12-02' },
  daily30PeakMb: { value: 1321, source: 'stored: issue 9, 3y x 30 before its changes' },
} as const;

type Results = Partial<Record<GoalId, Measurement>>;

/** Min bulk-ESS per second per core of rstan's 4 chains run one after another on one core, warmup included. */
function stanPerCore(s: Pick<StanResult, 'min_ess_bulk' | 'sampling_seconds' | 'warmup_seconds'>): number {
  return s.min_ess_bulk / (s.sampling_seconds + s.warmup_seconds);
}

async function pymc(stan: boolean): Promise<Results> {
  const { data, spec } = load();
  const host = createNodeHost();
  let one: ModelJson;
  const cpu0 = process.cpuUsage();
  try {
    one = await fitModel(data, spec, { ...PYMC_CONFIG, chains: 1 }, { host });
  } finally {
    await host.close();
  }
  // CPU seconds this process actually got (the chain is a worker thread of it): on a loaded machine far fewer than
  // the wall seconds the goal divides by, so the note gives ESS per CPU second too.
  const used = process.cpuUsage(cpu0);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const ours = row('ours, 1 chain alone', one);
  const live = stan ? runStan() : 'not asked for (--stan runs it)';
  const ref = typeof live === 'string'
    ? { value: stanPerCore(JSON.parse(readFileSync(RSTAN_FILE, 'utf8')) as StanResult), source: `stored: ${RSTAN_FILE.slice(root.length + 1)}` as const }
    : { value: stanPerCore(live), source: 'same run' as const };
  return {
    pymc: {
      measured: ours['ess/s/core'], unit: 'ESS/s/core',
      reference: { value: ref.value, unit: 'ESS/s/core', source: ref.source, what: 'rstan, 4 chains on 1 core' },
      ratio: ours['ess/s/core'] / ref.value,
      note: `ours 1 x (1000 + 1000): ${ours.wall_s} s wall, ${cpuSeconds.toFixed(1)} CPU s, min bulk ESS ${ours.min_bulk_ess}, ${ours['grad/s/core']} grad/s, ${ours.divergences} divergences; ` +
        `per CPU second ${(one.diagnostics.min_ess_bulk / cpuSeconds).toFixed(1)} ESS/s (${(one.diagnostics.min_ess_bulk / cpuSeconds / ref.value).toFixed(1)}x)` +
        (typeof live === 'string' ? `; live Stan run: ${live}` : ''),
    },
  };
}

async function daily12(): Promise<Results> {
  const r = await scaleFit(12, 3);
  return {
    daily12: {
      measured: r.wall, unit: 's',
      reference: { value: STORED.daily12Wall.value, unit: 's', source: STORED.daily12Wall.source, what: 'same fit' },
      ratio: r.wall / STORED.daily12Wall.value,
      note: `sampling ${r.sampling.toFixed(1)} s + summary ${r.summary.toFixed(1)} s; max R-hat ${r.maxRhat.toFixed(3)}, min bulk ESS ${Math.round(r.minEssBulk)}, ${r.divergences} divergences`,
    },
    'daily12-summary': {
      measured: r.summary, unit: 's',
      reference: { value: r.sampling, unit: 's', source: 'same run', what: 'sampling' },
      ratio: r.summary / r.sampling,
    },
  };
}

/** One scale fit in a fresh process (bench/scale.bench.ts run directly), so its peak memory is its own. */
function scaleInChild(channels: number, years: number): ScaleResult | string {
  const dir = mkdtempSync(join(tmpdir(), 'marginal-goals-'));
  const out = join(dir, 'scale.json');
  try {
    const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'bench', 'scale.bench.ts')], {
      cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHANNELS: String(channels), YEARS: String(years), SCALE_OUT: out },
    });
    if (r.status !== 0 || !existsSync(out)) return `failed (exit status ${r.status}${r.signal ? `, signal ${r.signal}` : ''})`;
    return JSON.parse(readFileSync(out, 'utf8')) as ScaleResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function daily30(years: 3 | 5): Results {
  const r = scaleInChild(30, years);
  const failed = typeof r === 'string';
  const note = failed ? r : `wall ${r.wall.toFixed(0)} s (sampling ${r.sampling.toFixed(0)} s, summary ${r.summary.toFixed(0)} s), peak ${r.peakMb.toFixed(0)} MB, max R-hat ${r.maxRhat.toFixed(3)}, ${r.divergences} divergences`;
  if (years === 3) {
    const wall = failed ? NaN : r.wall;
    return { daily30: { measured: wall, unit: 's', reference: { value: STORED.daily30Wall.value, unit: 's', source: STORED.daily30Wall.source, what: 'same fit' }, ratio: wall / STORED.daily30Wall.value, note } };
  }
  const peak = failed ? NaN : r.peakMb;
  return { 'daily30-5y': { measured: peak, unit: 'MB', reference: { value: STORED.daily30PeakMb.value, unit: 'MB', source: STORED.daily30PeakMb.source, what: 'peak memory' }, ratio: peak / STORED.daily30PeakMb.value, note } };
}

/** Recovery dataset 14 (3 years weekly, 5 channels): the issue's weekly 5-channel fit. */
async function hill(): Promise<Results> {
  const cfg = recoverySuite().find((c) => c.id.startsWith('14-'))!;
  const csv = generateRecoveryDataset(cfg).csv;
  const parsed = parseCsv(csv);
  const guess = detectColumns(parsed.header, parsed.rows);
  const mapping = { date: guess.date, kpi: guess.kpi, channels: guess.channels, controls: guess.controls };
  const ingest = ingestCsv(csv, mapping);
  if (!ingest.ok) throw new Error(`goals bench: ${cfg.id} does not ingest: ${ingest.errors.map((e) => e.message).join('; ')}`);
  const host = createNodeHost();
  const fits: Partial<Record<SaturationKind, ModelJson>> = {};
  try {
    for (const kind of ['logistic', 'hill'] as const) {
      const spec = defaultSpec(mapping, ingest.data.frequency);
      spec.channels.forEach((c) => { c.saturation = kind; });
      fits[kind] = await fitModel(ingest.data, spec, DEFAULT_FIT_CONFIG, { host });
    }
  } finally {
    await host.close();
  }
  const describe = (k: SaturationKind) => {
    const d = fits[k]!.diagnostics;
    const draws = fits[k]!.sampler.n_leapfrog.flat();
    return `${k} ${d.seconds.toFixed(1)} s, ${Math.round(d.gradients / d.seconds)} grad/s, ${(draws.reduce((a, b) => a + b, 0) / draws.length).toFixed(0)} leapfrogs/draw, ${d.divergences} div`;
  };
  const h = fits.hill!.diagnostics.seconds, l = fits.logistic!.diagnostics.seconds;
  return {
    hill: {
      measured: h, unit: 's',
      reference: { value: l, unit: 's', source: 'same run', what: 'logistic' },
      ratio: h / l,
      note: `${cfg.id}, ${DEFAULT_FIT_CONFIG.chains} x (${DEFAULT_FIT_CONFIG.warmup} + ${DEFAULT_FIT_CONFIG.draws}) sampling time: ${describe('logistic')}; ${describe('hill')}`,
    },
  };
}

/** The PyMC example loaded into the app as a model.json (spec, priors and data; its tiny fit is replaced), fitted in
 *  Chromium with nuts-rs-in-browser's settings, against the same fit in Node. */
async function browserPymc(): Promise<Results> {
  const { data, spec } = load();
  const config: FitConfig = { ...PYMC_CONFIG, chains: 2, warmup: 750, draws: 500 };
  const seed = await fitModel(data, spec, { ...PYMC_CONFIG, chains: 1, warmup: 20, draws: 20 }, { host: createInlineHost() });
  const b = await browserFit(config, { upload: { name: 'pymc-example.model.json', mimeType: 'application/json', text: JSON.stringify(seed) }, download: true });
  const m = b.model!;
  if (m.fit.chains !== config.chains || m.fit.warmup !== config.warmup || m.fit.draws !== config.draws) {
    throw new Error(`goals bench: the browser fit ran ${m.fit.chains} x (${m.fit.warmup} + ${m.fit.draws}), not ${config.chains} x (${config.warmup} + ${config.draws})`);
  }
  const host = createNodeHost();
  let node: ModelJson;
  try {
    node = await fitModel(data, spec, config, { host });
  } finally {
    await host.close();
  }
  const d = m.diagnostics;
  return {
    'browser-pymc': {
      measured: d.seconds, unit: 's',
      reference: { value: node.diagnostics.seconds, unit: 's', source: 'same run', what: 'Node, same settings' },
      ratio: d.seconds / node.diagnostics.seconds,
      note: `Chromium: wall in the UI ${b.wall.toFixed(1)} s, min bulk ESS ${Math.round(d.min_ess_bulk)}, ${d.divergences} divergences; ` +
        `Node min bulk ESS ${Math.round(node.diagnostics.min_ess_bulk)}; nuts-rs in a browser on an Apple M3 (published): 7.8 s`,
    },
  };
}

async function browserDemo(): Promise<Results> {
  const b = await browserFit(DEMO_CONFIG);
  const n = await nodeDemoFit(DEMO_CONFIG);
  return {
    'browser-demo': {
      measured: b.wall, unit: 's',
      reference: { value: n.wall, unit: 's', source: 'same run', what: 'Node, fitModel wall' },
      ratio: b.wall / n.wall,
      note: `Chromium: ${b.sampler}`,
    },
  };
}

export default async function run(): Promise<void> {
  const opts = goalOptions(process.argv.slice(2));
  const load0 = loadavg()[0];
  const t0 = performance.now();
  console.log(`goals (issue 9): runs ${opts.runs.join(', ') || 'none'}; ${availableParallelism()} cores, load average ${load0.toFixed(1)}`);
  if (opts.skippedLong.length) {
    console.log(`skipped as long (20+ minutes each on this 2-core machine): ${opts.skippedLong.join(', ')}; ` +
      `run them with \`npm run bench -- goals --long\` or \`--only=${opts.skippedLong.join(',')}\``);
  }
  const results: Results = {};
  const notRun: Partial<Record<GoalId, string>> = {};
  const skip = (run: string, why: string) => RUNS[run].forEach((g) => { notRun[g] = why; });
  opts.skippedLong.forEach((r) => skip(r, 'long: --long runs it'));
  const hasPymc = existsSync(csvPath), hasChromium = existsSync(CHROMIUM);
  const out = join(root, 'bench-output', 'goals.json');
  mkdirSync(join(root, 'bench-output'), { recursive: true });
  const save = (complete: boolean) => writeFileSync(out, JSON.stringify({
    date: new Date().toISOString(), complete, cores: availableParallelism(), loadAverageAtStart: load0, loadAverageNow: loadavg()[0],
    wallSeconds: (performance.now() - t0) / 1000, options: opts, results, notRun, rows: goalRows(results, notRun),
  }, null, 1));
  for (const r of opts.runs) {
    if ((r === 'pymc' || r === 'browser-pymc') && !hasPymc) { skip(r, `${csvPath} is absent`); continue; }
    if (r.startsWith('browser') && !hasChromium) { skip(r, SKIP_MESSAGE); continue; }
    const started = performance.now();
    console.log(`\n--- ${r} (load average ${loadavg()[0].toFixed(1)}) ---`);
    try {
      const got = r === 'pymc' ? await pymc(opts.stan) : r === 'daily12' ? await daily12() : r === 'daily30' ? daily30(3) : r === 'daily30-5y' ? daily30(5)
        : r === 'hill' ? await hill() : r === 'browser-pymc' ? await browserPymc() : await browserDemo();
      Object.assign(results, got);
    } catch (e) {
      skip(r, `failed: ${(e as Error).message}`);
      console.log(`${r} failed: ${(e as Error).stack ?? e}`);
    }
    console.log(`--- ${r}: ${((performance.now() - started) / 1000).toFixed(0)} s ---`);
    save(false);
  }
  const rows = goalRows(results, notRun);
  console.log(`\nIssue 9 goals (${new Date().toISOString().slice(0, 16)}Z, load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end; ` +
    `${GOALS.length - rows.filter((x) => x.met === 'not run').length} of ${GOALS.length} measured):\n`);
  console.log(goalsTable(rows));
  save(true);
  console.log(`\nwrote ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
