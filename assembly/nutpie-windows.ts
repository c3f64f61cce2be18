// nutpie's warmup schedule (nuts-rs adapt_strategy.rs): the metric phase, the draws at which the background
// estimate replaces the foreground one, and the step-size-only phase at the end. Counters only, no buffers.
import { NUTPIE_EARLY_WINDOW, NUTPIE_STEP_SIZE_WINDOW, NUTPIE_EARLY_SWITCH, NUTPIE_SWITCH, NUTPIE_WINDOW_GROWTH } from './defaults';

let earlyEnd: i32 = 0;
let finalWindow: i32 = 0;
let windowSize: i32 = 0;
/** Set by nutpieWindowStep: no whole window fits before the step-size-only phase any more. */
export let nutpieLate: bool = false;

export function nutpieWindowsSetup(warmup: i32): void {
  const n = max(warmup, 0);
  earlyEnd = <i32>(NUTPIE_EARLY_WINDOW * <f64>n);
  finalWindow = n - <i32>(NUTPIE_STEP_SIZE_WINDOW * <f64>n);
  nutpieWindowsRestart();
}

export function nutpieWindowsRestart(): void {
  windowSize = NUTPIE_SWITCH;
  nutpieLate = false;
}

/** Whether warmup draw `draw` (0-based) still adapts the metric (else only the step size). */
export function nutpieMetricPhase(draw: i32): bool {
  return draw < finalWindow;
}

/** For a draw of the metric phase, given the background estimate's size before and after the draw was added:
 *  true when the background should now replace the foreground (the window then grows). Sets nutpieLate. */
export function nutpieWindowStep(draw: i32, bgBefore: f64, bgAfter: f64): bool {
  const early = draw < earlyEnd;
  // Entering the main phase: its first window is never shorter than what the background already holds.
  if (draw == earlyEnd) windowSize = max(windowSize, <i32>bgBefore);
  const switchAt = early ? NUTPIE_EARLY_SWITCH : windowSize;
  const next = early ? NUTPIE_EARLY_SWITCH : max(windowSize + 1, <i32>Math.round(<f64>windowSize * NUTPIE_WINDOW_GROWTH));
  // Switch only while a whole next window still fits before the step-size-only phase.
  nutpieLate = next + draw > finalWindow;
  if (bgAfter < <f64>switchAt || nutpieLate) return false;
  if (!early) windowSize = next;
  return true;
}
