// `marginal fit DATA.csv ...`: ingest, build the spec from flags, run chains on worker threads, print the summary, write model.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, UsageError, type FlagDef } from './args';
import { createProgressPrinter } from './progress';
import { summaryText } from './table';
import { reportIssues, CliError } from './errors';
import { checkOutPath, writeOut } from './out-path';
import { parseCsv } from '../core/data';
import { detectColumns } from '../core/data';
import { ingestCsv } from '../core/data';
import type { ColumnMapping, Frequency } from '../core/data';
import {
  DEFAULT_ADSTOCK, DEFAULT_KNOT_EVERY, DEFAULT_LIKELIHOOD, DEFAULT_LMAX, DEFAULT_SATURATION, DEFAULT_YEARLY, defaultSpec,
} from '../core/model';
import { parsePriors, ADSTOCK_KINDS, minLmax, synergyPairs } from '../core/model';
import type { AdaptationKind, FitConfig, ModelSpec } from '../core/model';
import { ADAPTATIONS, DEFAULT_ADAPTATION, DEFAULT_FIT_CONFIG } from '../core/engine';
import { createNodeHost } from '../core/engine/node-host';
import { fitModel } from '../core/fit';
import { parseLiftTestsCsv } from '../core/fit';
import { holdoutProblem } from '../core/fit';

const D = DEFAULT_FIT_CONFIG;
export const FIT_USAGE = `usage: marginal fit DATA.csv --out model.json [options]
  --date COL --kpi COL --channels a,b [--controls c,d]   columns (default: detected; --controls '' for none)
  --adstock geometric|delayed|weibull-pdf|weibull-cdf (default ${DEFAULT_ADSTOCK})   --lmax N (default ${DEFAULT_LMAX.weekly} weekly, ${DEFAULT_LMAX.daily} daily)
  --saturation logistic|hill|michaelis-menten (default ${DEFAULT_SATURATION})   --yearly N (Fourier order, 0 = none; default ${DEFAULT_YEARLY})
  --no-trend (drop the linear trend, on by default; --trend is accepted)   --standardize-controls
  --likelihood normal|student-t (default ${DEFAULT_LIKELIHOOD})   --priors priors.json   --lift-tests lift.csv
  --holdout N (leave the last N periods out of the fit; report out-of-sample R^2, MAPE, NRMSE)
  --baseline linear|random-walk (random-walk, the default: a time-varying intercept for level shifts and slow curves; linear: none)
  --knot-every N (random-walk knot spacing in periods, >= 2; default ${DEFAULT_KNOT_EVERY.weekly} weekly, ${DEFAULT_KNOT_EVERY.daily} daily)
  --synergy a,b[;c,d] (a synergy term eta x sat_a x sat_b per channel pair; eta ~ Normal(0, 0.1), key synergy_eta in --priors)
  --chains ${D.chains}   --warmup ${D.warmup}   --draws ${D.draws}   --seed ${D.seed}   --target-accept ${D.targetAccept}   --max-depth ${D.maxDepth}
  --adaptation ${ADAPTATIONS.join('|')} (warmup's metric and step-size adaptation; default ${DEFAULT_ADAPTATION})
  --quiet (no progress lines)`;

const FLAGS: Record<string, FlagDef> = {
  date: { kind: 'string' },
  kpi: { kind: 'string' },
  channels: { kind: 'list' },
  controls: { kind: 'list', allowEmpty: true },
  adstock: { kind: 'enum', values: ADSTOCK_KINDS },
  lmax: { kind: 'int', min: 1, max: 520 },
  saturation: { kind: 'enum', values: ['logistic', 'hill', 'michaelis-menten'] },
  yearly: { kind: 'int', min: 0, max: 20 },
  trend: { kind: 'bool' },
  'no-trend': { kind: 'bool' },
  'standardize-controls': { kind: 'bool' },
  likelihood: { kind: 'enum', values: ['normal', 'student-t'] },
  priors: { kind: 'string' },
  'lift-tests': { kind: 'string' },
  holdout: { kind: 'int', min: 0, max: 1_000_000 },
  baseline: { kind: 'enum', values: ['linear', 'random-walk'] },
  'knot-every': { kind: 'int', min: 2, max: 1_000_000 },
  synergy: { kind: 'string' },
  chains: { kind: 'int', min: 1, max: 64 },
  warmup: { kind: 'int', min: 0, max: 1_000_000 },
  draws: { kind: 'int', min: 1, max: 1_000_000 },
  seed: { kind: 'int', min: 0, max: 4294967295 },
  'target-accept': { kind: 'number', above: 0, below: 1 },
  'max-depth': { kind: 'int', min: 1, max: 15 },
  adaptation: { kind: 'enum', values: ADAPTATIONS },
  out: { kind: 'string' },
  quiet: { kind: 'bool' },
};

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${what} '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Columns given on the command line, the rest from detectColumns (said on stderr so the user can check). */
export function resolveMapping(flags: Record<string, unknown>, text: string, log: (s: string) => void): ColumnMapping {
  const given = { date: flags.date as string | undefined, kpi: flags.kpi as string | undefined, channels: flags.channels as string[] | undefined, controls: flags.controls as string[] | undefined };
  if (given.date && given.kpi && given.channels && given.controls) return given as ColumnMapping;
  const parsed = parseCsv(text);
  const guess = detectColumns(parsed.header, parsed.rows);
  const mapping: ColumnMapping = {
    date: given.date ?? guess.date,
    kpi: given.kpi ?? guess.kpi,
    channels: given.channels ?? guess.channels,
    // Columns the user assigned elsewhere are not controls.
    controls: given.controls ?? guess.controls.filter((c) => c !== given.date && c !== given.kpi && !(given.channels ?? []).includes(c)),
  };
  const say = (what: string, flag: string, value: string) =>
    log(value ? `using detected ${what}: --${flag.split(' ')[0]} ${value}` : `no ${what} detected: give --${flag}`);
  if (!given.date) say('date column', 'date COL', mapping.date);
  if (!given.kpi) say('KPI column', 'kpi COL', mapping.kpi);
  if (!given.channels) say('channel columns', 'channels a,b', mapping.channels.join(','));
  if (!given.controls) log(`using detected control columns: --controls ${mapping.controls.join(',') || '(none)'}`);
  return mapping;
}

/** The spec `marginal fit` fits: core's defaultSpec for the dataset (as the app's), with the model flags applied. */
export function specFromFlags(mapping: ColumnMapping, frequency: Frequency, f: Record<string, unknown>): ModelSpec {
  if (f.trend && f['no-trend']) throw new UsageError('flags --trend and --no-trend contradict each other');
  const kind = f.adstock as ModelSpec['channels'][number]['adstock'] | undefined;
  if (kind && f.lmax !== undefined && (f.lmax as number) < minLmax(kind)) {
    throw new UsageError(`flag --lmax: ${kind} adstock needs --lmax of at least ${minLmax(kind)}, got ${f.lmax}`);
  }
  const spec = defaultSpec(mapping, frequency);
  spec.channels = spec.channels.map((ch) => ({
    ...ch,
    adstock: (f.adstock as ModelSpec['channels'][number]['adstock']) ?? ch.adstock,
    lmax: (f.lmax as number) ?? ch.lmax,
    saturation: (f.saturation as ModelSpec['channels'][number]['saturation']) ?? ch.saturation,
  }));
  if (f.yearly !== undefined) spec.yearly = f.yearly as number;
  if (f.trend) spec.trend = true;
  if (f['no-trend']) spec.trend = false;
  if (f.likelihood) spec.likelihood = f.likelihood as ModelSpec['likelihood'];
  if (f['standardize-controls']) spec.standardizeControls = true;
  if (f.holdout) spec.holdout = f.holdout as number;
  if (f['knot-every'] !== undefined && f.baseline === 'linear') {
    throw new UsageError('flag --knot-every: sets the random-walk baseline\'s knots; it does not apply with --baseline linear');
  }
  if (f.baseline === 'linear') {
    spec.baseline = { kind: 'linear' };
  } else if (f.baseline === 'random-walk' || f['knot-every'] !== undefined) {
    spec.baseline = { kind: 'random-walk', knotEvery: (f['knot-every'] as number | undefined) ?? DEFAULT_KNOT_EVERY[frequency] };
  }
  if (f.synergy !== undefined) spec.synergy = synergyFromFlag(f.synergy as string, spec);
  return spec;
}

/**
 * `--synergy display,video` or several pairs `--synergy 'display,video;search,social'`: the spec's synergy pairs,
 * checked against its channels (an unknown channel, a channel paired with itself or a pair given twice names the flag).
 */
export function synergyFromFlag(raw: string, spec: ModelSpec): ModelSpec['synergy'] {
  const pairs = raw.split(';').map((p) => p.trim()).filter(Boolean).map((p) => {
    const names = p.split(',').map((x) => x.trim());
    if (names.length !== 2 || names.some((x) => x === '')) {
      throw new UsageError(`flag --synergy: expected channel pairs like display,video (several separated by ;), got '${p}'`);
    }
    return { a: names[0], b: names[1] };
  });
  if (pairs.length === 0) throw new UsageError(`flag --synergy: expected channel pairs like display,video, got '${raw}'`);
  try {
    synergyPairs({ channels: spec.channels, synergy: pairs });
  } catch (e) {
    const msg = (e as Error).message.replace(/^synergy\[(\d+)\](\.[ab])?: /, (_, i: string) => `pair ${Number(i) + 1} (${pairs[Number(i)].a},${pairs[Number(i)].b}): `);
    throw new UsageError(`flag --synergy: ${msg}`);
  }
  return pairs;
}

function buildConfig(f: Record<string, unknown>): FitConfig {
  return {
    ...DEFAULT_FIT_CONFIG,
    ...(f.chains !== undefined && { chains: f.chains as number }),
    ...(f.warmup !== undefined && { warmup: f.warmup as number }),
    ...(f.draws !== undefined && { draws: f.draws as number }),
    ...(f.seed !== undefined && { seed: f.seed as number }),
    ...(f['target-accept'] !== undefined && { targetAccept: f['target-accept'] as number }),
    ...(f['max-depth'] !== undefined && { maxDepth: f['max-depth'] as number }),
    ...(f.adaptation !== undefined && { adaptation: f.adaptation as AdaptationKind }),
  };
}

export async function runFitCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, FLAGS);
  if (positional.length !== 1) throw new UsageError(positional.length ? `expected one data file, got ${positional.join(' ')}` : 'missing the data file (DATA.csv)');
  if (flags.out === undefined) throw new UsageError('missing required flag --out (where to write model.json)');
  const log = (s: string) => process.stderr.write(s + '\n');
  checkOutPath('--out', flags.out as string);
  const text = readText(positional[0], 'data file');
  const mapping = resolveMapping(flags, text, log);
  const ingest = ingestCsv(text, mapping);
  reportIssues(ingest.warnings, 'warning');
  if (!ingest.ok) {
    reportIssues(ingest.errors, 'error');
    log(`${ingest.errors.length} problem(s) in ${positional[0]}; nothing was fitted`);
    return 1;
  }
  const rows = ingest.data.kpi.length;
  if (flags.lmax !== undefined && (flags.lmax as number) >= rows) {
    throw new UsageError(`flag --lmax: ${flags.lmax} lags needs more than ${rows} periods of data (give --lmax below ${rows})`);
  }
  const spec = specFromFlags(mapping, ingest.data.frequency, flags);
  if (flags.priors) {
    const raw = readText(flags.priors as string, 'priors file');
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      throw new CliError(`priors file '${flags.priors}' is not valid JSON: ${(e as Error).message}`);
    }
    try {
      spec.priors = parsePriors(json, spec);
    } catch (e) {
      throw new CliError(`priors file '${flags.priors}': ${(e as Error).message}`);
    }
  }
  if (flags['lift-tests']) {
    const lift = parseLiftTestsCsv(readText(flags['lift-tests'] as string, 'lift-test file'), spec.channels.map((c) => c.name));
    if (!lift.ok) {
      reportIssues(lift.errors, 'error');
      return 1;
    }
    spec.liftTests = lift.tests;
  }
  // Too large a holdout is the flag's fault: say so before any sampling (the app's Fit page runs the same check).
  const holdout = holdoutProblem(spec, ingest.data);
  if (holdout) throw new UsageError(`flag --${holdout}`);
  const config = buildConfig(flags);
  const host = createNodeHost();
  const abort = new AbortController();
  // Ctrl-C stops the chains and still writes what was drawn (marked cancelled); a second Ctrl-C quits at once.
  const onSigint = () => {
    if (abort.signal.aborted) process.exit(130);
    log('\ninterrupted: stopping chains and writing the partial fit (Ctrl-C again to quit now)');
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  const printer = createProgressPrinter(process.stderr, config.chains);
  const held = spec.holdout ? ` (last ${spec.holdout} held out)` : '';
  log(`fitting ${spec.channels.length} channels on ${ingest.data.dates.length} ${ingest.data.frequency} periods${held}: ${config.chains} chains x (${config.warmup} warmup + ${config.draws} draws)${config.adaptation ? `, ${config.adaptation} adaptation` : ''}`);
  try {
    const model = await fitModel(ingest.data, spec, config, {
      host,
      onProgress: flags.quiet ? undefined : (p) => printer.onProgress(p),
      signal: abort.signal,
    });
    if (!flags.quiet) printer.finish();
    writeOut('--out', flags.out as string, () => writeFileSync(flags.out as string, JSON.stringify(model)));
    process.stdout.write(summaryText(model, { criticism: true }) + '\n');
    log(`wrote ${flags.out}`);
    return model.cancelled ? 130 : 0;
  } finally {
    process.off('SIGINT', onSigint);
    await host.close();
  }
}
