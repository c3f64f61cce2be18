// The fit's timing in plain text (core/fit/fit-timing): what the time went to, and why when the fit was slow.
import { fitTiming } from '../core/fit';
import type { ModelJson } from '../core/fit';

/** One `timing:` line of figures, and a `slow:` line with the verdict when the fit was slow; none without figures. */
export function timingLines(model: ModelJson): string[] {
  const t = fitTiming(model);
  const out = t.figures.length ? [`timing: ${t.figures.join(' | ')}`] : [];
  if (t.verdict) out.push(`slow: ${t.verdict}`);
  return out;
}
