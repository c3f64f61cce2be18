// Scale: a default fit of 3 years of daily data with 30 channels (the CLI's path: CSV -> detected columns ->
// default spec -> 4 chains x (1000 + 1000) on worker_threads), its wall time split into sampling and the
// posterior summary after it, and the process's peak resident memory (workers are threads of this process).
// `npm run bench -- scale`; CHANNELS=12 or YEARS=5 change the size.
import { createNodeHost } from '../src/core/engine/node-host';
import { DEFAULT_FIT_CONFIG } from '../src/core/engine';
import { generateRecoveryDataset, recoverySuite, type RecoveryConfig } from '../src/core/data/recovery';
import { fitFromCsv } from '../src/core/recovery';

export default async function main(): Promise<void> {
  const C = Number(process.env.CHANNELS ?? 30);
  const years = Number(process.env.YEARS ?? 3);
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
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(`wall ${wall.toFixed(0)} s: sampling ${d.seconds.toFixed(0)} s, the rest (summary, diagnostics) ${(wall - d.seconds).toFixed(0)} s; ` +
      `peak RSS ${peakMb.toFixed(0)} MB; max R-hat ${d.max_rhat.toFixed(3)}, min bulk ESS ${Math.round(d.min_ess_bulk)}, ` +
      `${d.divergences} divergences, ${Math.round(d.gradients)} gradients (${Math.round(d.gradients / d.seconds)} per second)`);
  } finally {
    await host.close();
  }
}
