// log-gamma and digamma for x > 0 (Student-t likelihood): recurrence up to x >= 10, then Stirling's series.
const HALF_LOG_2PI: f64 = 0.91893853320467274178;

export function lgamma(x: f64): f64 {
  let acc: f64 = 0;
  while (x < 10) {
    acc -= Math.log(x);
    x += 1;
  }
  const r = 1 / x;
  const r2 = r * r;
  const series = r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 * (1.0 / 1188 - r2 * (691.0 / 360360))))));
  return acc + (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
}

export function digamma(x: f64): f64 {
  let acc: f64 = 0;
  while (x < 10) {
    acc -= 1 / x;
    x += 1;
  }
  const r = 1 / x;
  const r2 = r * r;
  const series = r2 * (1.0 / 12 - r2 * (1.0 / 120 - r2 * (1.0 / 252 - r2 * (1.0 / 240 - r2 * (1.0 / 132 - r2 * (691.0 / 32760))))));
  return acc + Math.log(x) - 0.5 * r - series;
}
