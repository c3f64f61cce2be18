// Recovery benchmark: the suite of seeded datasets with known truth, each fitted from its CSV with the product's
// defaults (detected columns, defaultSpec) and scored against the truth (ROI coverage and error, contribution
// SRMSE, the budget decision under the true curves, divergences, R-hat, wall time). Prints a table and one
// summary line; writes every figure to bench-output/recovery.json.
//
//   npm run bench -- recovery                          the full suite (24 datasets)
//   npm run bench -- recovery --datasets=1,4,8         a subset (1-based numbers or id substrings, e.g. daily)
//   npm run bench -- recovery --chains=2 --warmup=500 --draws=500 --seed=1
//   npm run bench -- recovery --adaptation=nutpie --warmup=300   nutpie's warmup instead of Stan's (the default)
//   npm run bench -- recovery --trend=0                the default spec but without a trend (a default measured before/after)
//   npm run bench -- recovery --spec='{"priors":{"roi":{"dist":"LogNormal","mu":0.2,"sigma":0.9}}}'
//                                                      any change to the default spec, as JSON merged over it
//   npm run bench -- recovery --synergy=truth          each dataset with a true synergy gets that pair in its spec
//                                                      (spec.synergy = [{a, b}] of the truth; the others none), so the
//                                                      model can express the interaction the data has (issue 11)
// or the same through RECOVERY_DATASETS, RECOVERY_SYNERGY, RECOVERY_TREND, RECOVERY_CHAINS, RECOVERY_WARMUP, RECOVERY_DRAWS, RECOVERY_SEED,
// RECOVERY_ADAPTATION.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRecoveryDataset, recoverySuite, type RecoveryConfig } from '../src/core/data/recovery';
import { ADAPTATIONS, DEFAULT_ADAPTATION, DEFAULT_FIT_CONFIG } from '../src/core/engine';
import { createNodeHost } from '../src/core/engine/node-host';
import type { FitConfig, ModelSpec } from '../src/core/model';
import { misses, reliability, reliabilityTable, resultsTable, scoreDataset, summarize, summaryLine, type DatasetResult } from '../src/core/recovery';

/** 2 chains x (500 + 500): one chain per core on a 2-core machine, the full suite in under 25 minutes. */
export const RECOVERY_FIT: FitConfig = { ...DEFAULT_FIT_CONFIG, chains: 2, warmup: 500, draws: 500, seed: 1 };

function option(name: string): string | undefined {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  return flag ? flag.slice(name.length + 3) : process.env[`RECOVERY_${name.toUpperCase()}`];
}

/** Datasets chosen by 1-based number or id substring (comma-separated); all when none. */
export function selectDatasets(suite: RecoveryConfig[], which: string | undefined): RecoveryConfig[] {
  if (!which) return suite;
  const keys = which.split(',').map((s) => s.trim()).filter(Boolean);
  return suite.filter((c, i) => keys.some((k) => (/^\d+$/.test(k) ? Number(k) === i + 1 : c.id.includes(k))));
}

export function fitConfigFromOptions(get: (name: string) => string | undefined = option): FitConfig {
  const int = (name: string, dflt: number) => {
    const v = get(name);
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < (name === 'warmup' ? 0 : 1)) throw new Error(`recovery bench: --${name} must be a whole number, got "${v}"`);
    return n;
  };
  const adaptation = get('adaptation');
  if (adaptation !== undefined && !(ADAPTATIONS as readonly string[]).includes(adaptation)) {
    throw new Error(`recovery bench: --adaptation must be one of ${ADAPTATIONS.join(', ')}, got "${adaptation}"`);
  }
  return {
    ...RECOVERY_FIT, chains: int('chains', RECOVERY_FIT.chains), warmup: int('warmup', RECOVERY_FIT.warmup), draws: int('draws', RECOVERY_FIT.draws), seed: int('seed', RECOVERY_FIT.seed),
    ...(adaptation !== undefined && { adaptation: adaptation as FitConfig['adaptation'] }),
  };
}

/** `--spec=<json>`: fields merged over the default spec (a default measured before it changes). */
export function specOverrides(json: string | undefined): Partial<ModelSpec> {
  if (json === undefined) return {};
  let v: unknown;
  try { v = JSON.parse(json); } catch (e) { throw new Error(`recovery bench: --spec is not JSON: ${(e as Error).message}`); }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('recovery bench: --spec must be a JSON object of ModelSpec fields');
  return v as Partial<ModelSpec>;
}

export default async function run(): Promise<void> {
  const config = fitConfigFromOptions();
  const trend = option('trend');
  if (trend !== undefined && trend !== '0' && trend !== '1') throw new Error(`recovery bench: --trend must be 0 or 1, got "${trend}"`);
  const overrides: Partial<ModelSpec> = { ...specOverrides(option('spec')), ...(trend === undefined ? {} : { trend: trend === '1' }) };
  const synergy = option('synergy');
  if (synergy !== undefined && synergy !== 'truth') throw new Error(`recovery bench: --synergy must be "truth", got "${synergy}"`);
  const outName = process.env.RECOVERY_OUT ?? 'recovery.json';
  const chosen = selectDatasets(recoverySuite(), option('datasets'));
  if (chosen.length === 0) throw new Error(`recovery bench: no dataset matches "${option('datasets')}"`);
  console.log(`recovery benchmark: ${chosen.length} datasets, ${config.chains} chains x (${config.warmup} warmup + ${config.draws} draws), ${config.adaptation ?? DEFAULT_ADAPTATION} adaptation, defaultSpec${Object.keys(overrides).length ? ` with ${JSON.stringify(overrides)}` : ''}${synergy ? ', each true synergy pair in the spec' : ''}, one dataset after another`);
  const host = createNodeHost();
  const rows: DatasetResult[] = [];
  const t0 = performance.now();
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench-output', outName);
  mkdirSync(dirname(out), { recursive: true });
  // Written after every dataset (partial until the last), so a long run leaves its figures behind.
  const save = (complete: boolean) => writeFileSync(out, JSON.stringify({
    date: new Date().toISOString(), fit: config, overrides, synergy: synergy ?? null, complete, wallSeconds: (performance.now() - t0) / 1000,
    summary: rows.length ? summarize(rows) : null, datasets: rows,
  }, null, 1));
  try {
    for (const cfg of chosen) {
      const ds = generateRecoveryDataset(cfg);
      const pair = synergy === 'truth' && ds.truth.synergy ? { synergy: [{ a: ds.truth.synergy.a, b: ds.truth.synergy.b }] } : {};
      const r = await scoreDataset(ds, config, host, { ...overrides, ...pair });
      rows.push(r);
      save(false);
      const d = r.decision;
      console.log(`${r.id}: cov94 ${r.roi.filter((x) => x.in94).length}/${r.roi.length}, MARE ${r.mare.toFixed(2)}, SRMSE ${r.srmse.toFixed(2)}, `
        + `gain captured ${(100 * d.gainCaptured).toFixed(0)}% (P(up>0) ${d.pUpliftPositive.toFixed(2)}, truly ${d.trulyGains ? 'gains' : 'LOSES'}), `
        + `div ${r.divergences}, R-hat ${r.maxRhat.toFixed(3)}, min bulk-ESS ${Math.round(r.minEssBulk)}, `
        + `gradients ${r.gradients - r.samplingGradients} warmup + ${r.samplingGradients} sampling, ${r.wallSeconds.toFixed(0)} s`
        + (r.synergy ? `; synergy ${r.synergy.pair} ${r.synergy.fitted.mean.toFixed(0)} [${r.synergy.fitted.q03.toFixed(0)}, ${r.synergy.fitted.q97.toFixed(0)}] (true ${r.synergy.truth.toFixed(0)})` : ''));
    }
  } finally {
    await host.close();
  }
  const summary = summarize(rows);
  const wall = (performance.now() - t0) / 1000;
  console.log('\n' + resultsTable(rows));
  const missed = rows.map(misses).filter(Boolean);
  if (missed.length) console.log('\nROI outside the 94% interval:\n' + missed.join('\n'));
  console.log('\nDoes the stated probability come true? Plans by stated P(uplift > 0):\n' + reliabilityTable(reliability(rows)));
  console.log('\n' + summaryLine(summary));
  save(true);
  console.log(`wrote ${out} (${wall.toFixed(0)} s in all)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
