// Only the newest optimisation reaches the page, however the older ones finish; debounce coalesces bursts.
import { describe, expect, it, vi } from 'vitest';
import { debounce, latestRunner } from '../../src/ui/optimise/latest';

function deferred<T>() {
  let resolve!: (v: T) => void, reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => { resolve = a; reject = b; });
  return { promise, resolve, reject };
}

describe('latestRunner', () => {
  it('drops a stale result that arrives after a newer one', async () => {
    const got: number[] = [], busy: boolean[] = [];
    const r = latestRunner<number>((v) => got.push(v), () => {}, (b) => busy.push(b));
    const a = deferred<number>(), b = deferred<number>();
    r.run(() => a.promise);
    r.run(() => b.promise);
    b.resolve(2);
    await b.promise;
    await Promise.resolve();
    a.resolve(1);
    await a.promise;
    await Promise.resolve();
    expect(got).toEqual([2]);
    expect(busy[busy.length - 1]).toBe(false);
    expect(r.busy).toBe(false);
  });

  it('drops a stale error too, and reports the newest one', async () => {
    const errs: unknown[] = [];
    const r = latestRunner<number>(() => {}, (e) => errs.push(e));
    const a = deferred<number>(), b = deferred<number>();
    r.run(() => a.promise);
    r.run(() => b.promise);
    a.reject(new Error('old'));
    b.reject(new Error('new'));
    await Promise.allSettled([a.promise, b.promise]);
    await Promise.resolve();
    expect(errs.map((e) => (e as Error).message)).toEqual(['new']);
  });
});

describe('debounce', () => {
  it('runs once after the quiet period', () => {
    vi.useFakeTimers();
    const f = vi.fn();
    const d = debounce(f, 100);
    d(1); d(2); d(3);
    vi.advanceTimersByTime(99);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(f).toHaveBeenCalledTimes(1);
    expect(f).toHaveBeenCalledWith(3);
    d(4); d.cancel();
    vi.advanceTimersByTime(200);
    expect(f).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
