// The generalized no-U-turn criterion on hand-built momenta: continue while rho . p#_minus > 0 and rho . p#_plus > 0.
import { expect, it } from 'vitest';
import { instance } from './helpers';

const cases: [string, number[], number[], number[], boolean][] = [
  ['both ends move along rho', [1, 0], [1, 0.2], [3, 0.5], true],
  ['forward end turned back', [1, 0], [-1, 0], [1, 0], false],
  ['backward end turned back', [-1, 0.1], [1, 0], [1, 0], false],
  ['orthogonal end stops (strict inequality)', [0, 1], [1, 0], [1, 0], false],
  ['zero rho stops', [1, 0], [1, 0], [0, 0], false],
  ['3-d: ends agree with rho', [0.5, -1, 2], [1, -2, 0.5], [1, -1, 1], true],
];

it.each(cases)('%s', async (_name, minus, plus, rho, expected) => {
  const w = await instance();
  const put = (v: number[]) => {
    const p = w.allocF64(v.length);
    new Float64Array(w.memory.buffer, p, v.length).set(v);
    return p;
  };
  expect(w.testCriterion(put(minus), put(plus), put(rho), rho.length) === 1).toBe(expected);
});
