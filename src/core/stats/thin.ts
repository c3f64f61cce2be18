// The one thinning rule: which of n draws to keep when at most `max` are wanted.

/**
 * Indices of at most `max` of `n` items, evenly spaced and deterministic (floor(i * n / max)), so
 * figures computed from thinned draws do not flicker between calls. Every index when `max` is
 * absent, not positive, or at least n.
 */
export function thinIndices(n: number, max?: number): number[] {
  if (max === undefined || !(max > 0) || max >= n) return Array.from({ length: n }, (_, i) => i);
  const m = Math.floor(max);
  return Array.from({ length: m }, (_, i) => Math.floor((i * n) / m));
}
