// Stan's windowed adaptation schedule (windowed_adaptation.hpp): when to collect draws and when to update the metric.
// Counters mirror Stan's unsigned arithmetic; `enabled` stands in for Stan's "no estimation for num_warmup < 20".
import { INIT_BUFFER, TERM_BUFFER, BASE_WINDOW } from './defaults';

let enabled: bool = false;
let numWarmup: i32 = 0;
let initBuffer: i32 = 0;
let termBuffer: i32 = 0;
let baseWindow: i32 = 0;
let counter: i32 = 0;
let windowSize: i32 = 0;
let nextWindow: i32 = 0;

export function windowsSetup(warmup: i32): void {
  enabled = warmup >= 20;
  numWarmup = warmup;
  if (!enabled) return;
  if (INIT_BUFFER + BASE_WINDOW + TERM_BUFFER > warmup) {
    // Short warmup: 15% / 75% / 10% (truncated as Stan's unsigned conversion does).
    initBuffer = <i32>(0.15 * <f64>warmup);
    termBuffer = <i32>(0.1 * <f64>warmup);
    baseWindow = warmup - (initBuffer + termBuffer);
  } else {
    initBuffer = INIT_BUFFER;
    termBuffer = TERM_BUFFER;
    baseWindow = BASE_WINDOW;
  }
  // Stan's fallback branch omits this restart (leaving the window end unreachable); we restart in both cases
  // so the reduced schedule it announces is the one that runs.
  windowsRestart();
}

export function windowsRestart(): void {
  counter = 0;
  windowSize = baseWindow;
  nextWindow = initBuffer + windowSize - 1;
}

function inWindow(): bool {
  return enabled && counter >= initBuffer && counter < numWarmup - termBuffer && counter != numWarmup;
}

function endOfWindow(): bool {
  return enabled && counter == nextWindow && counter != numWarmup;
}

function computeNextWindow(): void {
  const last = numWarmup - termBuffer - 1;
  if (nextWindow == last) return;
  windowSize *= 2;
  nextWindow = counter + windowSize;
  if (nextWindow == last) return;
  // If the window after this one would overrun the slow phase, stretch this one to its end.
  const nextBoundary = nextWindow + 2 * windowSize;
  if (nextBoundary >= numWarmup - termBuffer) nextWindow = last;
}

/** Per warmup iteration: 1 = add this draw to the estimator, 2 = also end the window (update the metric). */
export function windowsStep(): i32 {
  let r = inWindow() ? 1 : 0;
  if (endOfWindow()) {
    computeNextWindow();
    r = 2;
  }
  counter++;
  return r;
}
