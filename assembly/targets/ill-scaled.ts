// Test target: independent Gaussian, 100 dims, sd_i = 10^(-3 + 6 i / 99) (six orders of magnitude), mean 0.
import { allocF64 } from '../memory';

const D: i32 = 100;
let prec: usize = 0; // 1 / sd_i^2

export function illScaledSetup(): i32 {
  if (prec == 0) {
    prec = allocF64(D);
    for (let i = 0; i < D; i++) {
      const sd = Math.pow(10.0, -3.0 + 6.0 * <f64>i / 99.0);
      store<f64>(prec + ((<usize>i) << 3), 1.0 / (sd * sd));
    }
  }
  return D;
}

export function illScaledLogDensityGrad(q: usize, grad: usize): f64 {
  let lp: f64 = 0;
  for (let i = 0; i < D; i++) {
    const o = (<usize>i) << 3;
    const x = load<f64>(q + o);
    const w = load<f64>(prec + o);
    lp -= 0.5 * w * x * x;
    store<f64>(grad + o, -w * x);
  }
  return lp;
}
