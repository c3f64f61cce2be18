// Per-chain progress lines on stderr: redrawn in place on a terminal, a line per chain every few seconds otherwise (logs, CI).
import type { ChainProgress } from '../core/engine';

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  /** Minimum time between redraws on a terminal. */
  ttyIntervalMs?: number;
  /** Time between reports when not a terminal. */
  logIntervalMs?: number;
  now?: () => number;
}

export function progressLine(p: ChainProgress, width = 20): string {
  const frac = p.total > 0 ? p.iteration / p.total : 0;
  const filled = Math.round(frac * width);
  const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
  const state = p.done ? 'done    ' : p.phase.padEnd(8);
  // The sampler counts warmup divergences too (common while adapting); the summary counts sampling ones only.
  const div = p.divergences ? `  ${p.divergences} divergent (warmup incl.)` : '';
  return `chain ${p.chain + 1} [${bar}] ${String(Math.round(frac * 100)).padStart(3)}% ${state} ${p.iteration}/${p.total}${div}`;
}

export function createProgressPrinter(stream: ProgressStream, chains: number, opts: ProgressOptions = {}) {
  const now = opts.now ?? (() => Date.now());
  const tty = !!stream.isTTY;
  const interval = tty ? (opts.ttyIntervalMs ?? 100) : (opts.logIntervalMs ?? 5000);
  const latest: (ChainProgress | undefined)[] = new Array(chains).fill(undefined);
  const reportedDone = new Set<number>();
  let drawn = 0;
  let last = -Infinity;

  const lines = () => latest.map((p, c) => (p ? progressLine(p) : `chain ${c + 1} starting`));
  const redraw = () => {
    // Move up over what we drew last time and overwrite it line by line.
    const up = drawn > 0 ? `\x1b[${drawn}A` : '';
    stream.write(up + lines().map((l) => `\x1b[2K${l}\n`).join(''));
    drawn = chains;
  };

  return {
    onProgress(p: ChainProgress): void {
      latest[p.chain] = p;
      const t = now();
      if (tty) {
        if (t - last >= interval || p.done) { redraw(); last = t; }
        return;
      }
      // Logs: a finished chain is reported at once; otherwise all chains every `interval`.
      if (p.done && !reportedDone.has(p.chain)) {
        reportedDone.add(p.chain);
        stream.write(progressLine(p) + '\n');
      } else if (t - last >= interval) {
        last = t;
        for (const [c, l] of lines().entries()) if (!reportedDone.has(c)) stream.write(l + '\n');
      }
    },
    finish(): void {
      if (tty) redraw();
    },
  };
}
