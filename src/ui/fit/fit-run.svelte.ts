// The running fit, kept outside any page so it carries on while the analyst looks at other steps.
import type { MmmData } from '../../core/data';
import { createBrowserHost } from '../../core/engine';
import type { ChainProgress, Host } from '../../core/engine';
import { fitModel } from '../../core/fit';
import type { FitConfig, ModelSpec } from '../../core/model';
import { markFitEnded, markFitProgress, markFitStarted, session } from '../state/session.svelte';

export type FitStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

class FitRun {
  status = $state<FitStatus>('idle');
  chains = $state<ChainProgress[]>([]);
  /** Divergences each chain had when it left warmup (warmup divergences are expected while the step size adapts). */
  warmupDivergences = $state<number[]>([]);
  config = $state.raw<FitConfig | null>(null);
  startedAt = $state(0);
  now = $state(0);
  /** Wall time of the last completed fit as the analyst saw it: click to results, in seconds. */
  wallSeconds = $state<number | null>(null);
  error = $state<string | null>(null);
  /** Fraction (0..1) of all iterations of all chains done. */
  fraction = $derived.by(() => {
    const total = this.chains.reduce((s, c) => s + c.total, 0);
    return total > 0 ? this.chains.reduce((s, c) => s + c.iteration, 0) / total : 0;
  });
  divergences = $derived(this.chains.reduce((s, c) => s + c.divergences, 0));
  warmupDivergenceTotal = $derived(this.warmupDivergences.reduce((s, d) => s + (d ?? 0), 0));
  samplingDivergences = $derived(this.divergences - this.warmupDivergenceTotal);
  elapsed = $derived(this.startedAt ? (this.now - this.startedAt) / 1000 : 0);
  /** Seconds left, extrapolated from the pace so far (none until there is a pace to go on). */
  remaining = $derived(this.fraction > 0.03 && this.fraction < 1 ? (this.elapsed * (1 - this.fraction)) / this.fraction : null);
}

export const run = new FitRun();

let host: Host | null = null;
let controller: AbortController | null = null;

export async function startFit(data: MmmData, spec: ModelSpec, config: FitConfig): Promise<void> {
  if (run.status === 'running') return;
  host ??= createBrowserHost();
  controller = new AbortController();
  run.status = 'running';
  run.error = null;
  run.config = config;
  run.chains = Array.from({ length: config.chains }, (_, chain) => ({
    chain, iteration: 0, total: config.warmup + config.draws, phase: 'warmup', divergences: 0, warmupDivergences: 0, done: false,
  }));
  run.warmupDivergences = Array.from({ length: config.chains }, () => 0);
  run.startedAt = performance.now();
  run.now = run.startedAt;
  const marker = markFitStarted(config);
  const tick = setInterval(() => (run.now = performance.now()), 200);
  const save = setInterval(() => markFitProgress(marker, run.fraction * 100), 2000);
  try {
    const model = await fitModel(data, spec, config, {
      host,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.chain < 0 || p.chain >= run.chains.length) return;
        run.chains[p.chain] = p;
        run.warmupDivergences[p.chain] = p.warmupDivergences ?? 0;
      },
    });
    run.now = performance.now();
    if (model.cancelled) {
      run.status = 'cancelled';
    } else {
      run.wallSeconds = (run.now - run.startedAt) / 1000;
      session.model = model;
      session.plan = null;
      run.status = 'done';
    }
  } catch (e) {
    run.status = controller.signal.aborted ? 'cancelled' : 'failed';
    run.error = (e as Error)?.message ?? String(e);
    // A crashed worker pool is not reused.
    try {
      await host?.close();
    } catch {
      /* already gone */
    }
    host = null;
  } finally {
    clearInterval(tick);
    clearInterval(save);
    markFitEnded();
    controller = null;
  }
}

export function cancelFit(): void {
  controller?.abort();
}
