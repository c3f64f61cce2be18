// Runs async jobs so that only the newest one's result is delivered: older, slower results are dropped.

export interface LatestRunner<T> {
  /** Start a job; its result reaches onResult only if no newer job started meanwhile. */
  run(job: () => Promise<T>): void;
  readonly busy: boolean;
}

export function latestRunner<T>(onResult: (value: T) => void, onError: (e: unknown) => void, onBusy: (busy: boolean) => void = () => {}): LatestRunner<T> {
  let ticket = 0;
  let pending = 0;
  const settle = () => { pending--; onBusy(pending > 0); };
  return {
    run(job) {
      const mine = ++ticket;
      pending++;
      onBusy(true);
      job().then(
        (v) => { settle(); if (mine === ticket) onResult(v); },
        (e) => { settle(); if (mine === ticket) onError(e); },
      );
    },
    get busy() { return pending > 0; },
  };
}

/** Calls fn after `ms` of quiet; each call restarts the wait. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel(): void } {
  let t: ReturnType<typeof setTimeout> | undefined;
  const d = (...args: A) => { if (t) clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
  d.cancel = () => { if (t) clearTimeout(t); };
  return d;
}
