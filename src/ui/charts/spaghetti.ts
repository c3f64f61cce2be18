// Which draws to draw as individual lines when "show draws" is on: evenly spaced, so the picture is stable.

export const SPAGHETTI_DRAWS = 50;

/** Up to n indices out of total, evenly spaced and deterministic. */
export function pickDraws(total: number, n = SPAGHETTI_DRAWS): number[] {
  if (total <= 0 || n <= 0) return [];
  if (n >= total) return Array.from({ length: total }, (_, i) => i);
  return Array.from({ length: n }, (_, i) => Math.floor((i * total) / n));
}
