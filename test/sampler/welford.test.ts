// The Welford running variance used for the metric agrees with a two-pass variance.
import { expect, it } from 'vitest';
import { instance } from './helpers';

it('matches a two-pass sample variance, including large offsets and scales', async () => {
  const w = await instance();
  const n = 500;
  const d = 3;
  const x = new Float64Array(n * d);
  let s = 12345;
  const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < n; i++) {
    x[i * d] = u();
    x[i * d + 1] = 1e5 + u() * 1e-2; // a naive sum-of-squares would lose ~all digits here
    x[i * d + 2] = 1e6 * (u() - 0.5);
  }
  const xp = w.allocF64(n * d);
  new Float64Array(w.memory.buffer, xp, n * d).set(x);
  const out = w.allocF64(d);
  w.testWelford(xp, n, d, out);
  const got = new Float64Array(w.memory.buffer, out, d);
  for (let j = 0; j < d; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += x[i * d + j] / n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (x[i * d + j] - m) ** 2 / (n - 1);
    expect(Math.abs(got[j] / v - 1), `dim ${j}`).toBeLessThan(1e-7);
  }
});
