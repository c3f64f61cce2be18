// A phased path from the current plan to the recommended one when each phase may change a channel
// by at most a fraction of its current spend: equal steps (straight line, so every phase keeps the
// budget moving linearly), as many as the channel that must move furthest needs.
import type { PhaseStep } from './types';

export function phasedPath(channels: string[], current: ArrayLike<number>, target: ArrayLike<number>, maxStep: number,
  kpiMean: (s: Float64Array) => number, maxPhases = 52): PhaseStep[] {
  if (!(maxStep > 0) || !Number.isFinite(maxStep)) throw new Error(`max step change must be a fraction > 0, got ${maxStep}`);
  let steps = 1;
  channels.forEach((c, i) => {
    const delta = Math.abs(target[i] - current[i]);
    if (delta === 0) return;
    // a channel with no current spend may move by maxStep of its target per phase
    const room = maxStep * (current[i] > 0 ? current[i] : target[i]);
    steps = Math.max(steps, Math.ceil(delta / room - 1e-9));
  });
  steps = Math.min(steps, maxPhases);
  const out: PhaseStep[] = [];
  for (let k = 0; k <= steps; k++) {
    const s = Float64Array.from(channels, (_, i) => current[i] + ((target[i] - current[i]) * k) / steps);
    out.push({ step: k, allocation: Object.fromEntries(channels.map((c, i) => [c, s[i]])), kpi_mean: kpiMean(s) });
  }
  return out;
}
