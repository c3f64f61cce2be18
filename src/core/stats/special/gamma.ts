// log-gamma and digamma for x > 0: the TypeScript twin of assembly/mmm/special.ts (same series, so the TS
// density reference matches the WASM one), and the log-gamma every other TS caller uses.
const HALF_LOG_2PI = 0.91893853320467274178;

export function lgamma(x: number): number {
  let acc = 0;
  while (x < 10) { acc -= Math.log(x); x += 1; }
  const r = 1 / x, r2 = r * r;
  const series = r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360))))));
  return acc + (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
}

export function digamma(x: number): number {
  let acc = 0;
  while (x < 10) { acc -= 1 / x; x += 1; }
  const r = 1 / x, r2 = r * r;
  const series = r2 * (1 / 12 - r2 * (1 / 120 - r2 * (1 / 252 - r2 * (1 / 240 - r2 * (1 / 132 - r2 * (691 / 32760))))));
  return acc + Math.log(x) - 0.5 * r - series;
}
