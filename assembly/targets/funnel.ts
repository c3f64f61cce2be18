// Test target: Neal's funnel, d = 10: v ~ N(0, 3), x_i ~ N(0, exp(v/2)) for 9 x's; q = [v, x1..x9].
const D: i32 = 10;

export function funnelSetup(): i32 {
  return D;
}

export function funnelLogDensityGrad(q: usize, grad: usize): f64 {
  const v = load<f64>(q);
  const ev = Math.exp(-v);
  let ss: f64 = 0;
  for (let i = 1; i < D; i++) {
    const o = (<usize>i) << 3;
    const x = load<f64>(q + o);
    ss += x * x;
    store<f64>(grad + o, -x * ev);
  }
  const n = <f64>(D - 1);
  store<f64>(grad, -v / 9.0 + 0.5 * ss * ev - 0.5 * n);
  return -v * v / 18.0 - 0.5 * ss * ev - 0.5 * n * v;
}
