// Scale: a default fit of 3 years of daily data with 30 channels (the CLI's path: CSV -> detected columns ->
// default spec -> 4 chains x (1000 + 1000) on worker_threads), its wall time split into sampling and the
// posterior summary after it, and the process's peak resident memory (workers are threads of this process).
// `npm run bench -- scale`; CHANNELS=12 or YEARS=5 change the size. Run directly
// (`npx tsx bench/scale.bench.ts`) with SCALE_OUT=file.json it also writes its figures there (the goals bench runs
// it so, one process per size, so that each peak memory is that fit's alone).
import { writeFileSync } from 'node:fs';
import { createNodeHost } from '../src/core/engine/node-host';
import { DEFAULT_FIT_CONFIG } from '../src/core/engine';
import { generateRecoveryDataset, recoverySuite, type RecoveryConfig } from '../src/core/data/recovery';
import { fitFromCsv } from '../src/core/recovery';

export interface ScaleResult {
  id: string; days: number; channels: number;
  /** fitFromCsv wall seconds; sampling (diagnostics.seconds); the rest (summary, diagnostics) = wall - sampling. */
  wall: number; sampling: number; summary: number;
  /** The process's peak resident memory so far, MB (the fit's own only in a fresh process). */
  peakMb: number;
  maxRhat: number; minEssBulk: number; divergences: number; gradients: number;
}

/** The default fit (DEFAULT_FIT_CONFIG) of `years` of daily data with `C` channels like the recovery suite's daily ones. */
export async function scaleFit(C: number, years: number): Promise<ScaleResult> {
  const base = recoverySuite().find((c) => c.frequency === 'daily')!;
  const channels = Array.from({ length: C }, (_, i) => {
    const like = base.channels[i % base.channels.length];
    const name = `ch${String(i + 1).padStart(2, '0')}_spend`;
    return { ...like, name, spec: { ...like.spec, name }, share: 1 / C };
  });
  const cfg: RecoveryConfig = { ...base, id: `scale-${years}y-daily-${C}ch`, years, channels, confounder: undefined, synergy: undefined };
  const ds = generateRecoveryDataset(cfg);
  console.log(`${cfg.id}: ${ds.dates.length} days x ${C} channels, ${(ds.csv.length / 1e6).toFixed(1)} MB CSV; ` +
    `${DEFAULT_FIT_CONFIG.chains} chains x (${DEFAULT_FIT_CONFIG.warmup} + ${DEFAULT_FIT_CONFIG.draws}) on 2 cores`);
  const host = createNodeHost();
  try {
    const t0 = performance.now();
    const { model } = await fitFromCsv(ds.csv, DEFAULT_FIT_CONFIG, host);
    const wall = (performance.now() - t0) / 1000;
    const d = model.diagnostics;
    return {
      id: cfg.id, days: ds.dates.length, channels: C, wall, sampling: d.seconds, summary: wall - d.seconds,
      peakMb: process.resourceUsage().maxRSS / 1024, maxRhat: d.max_rhat, minEssBulk: d.min_ess_bulk, divergences: d.divergences, gradients: d.gradients,
    };
  } finally {
    await host.close();
  }
}

export default async function main(): Promise<void> {
  const r = await scaleFit(Number(process.env.CHANNELS ?? 30), Number(process.env.YEARS ?? 3));
  console.log(`wall ${r.wall.toFixed(0)} s: sampling ${r.sampling.toFixed(0)} s, the rest (summary, diagnostics) ${r.summary.toFixed(0)} s; ` +
    `peak RSS ${r.peakMb.toFixed(0)} MB; max R-hat ${r.maxRhat.toFixed(3)}, min bulk ESS ${Math.round(r.minEssBulk)}, ` +
    `${r.divergences} divergences, ${Math.round(r.gradients)} gradients (${Math.round(r.gradients / r.sampling)} per second)`);
  if (process.env.SCALE_OUT) writeFileSync(process.env.SCALE_OUT, JSON.stringify(r));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
