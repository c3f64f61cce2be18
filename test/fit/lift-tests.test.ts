// Lift-test CSV validation: columns, channels, numbers; every error names its row and column.
import { describe, expect, it } from 'vitest';
import { parseLiftTestsCsv } from '../../src/core/fit/lift-tests';

describe('parseLiftTestsCsv', () => {
  it('reads valid rows in original units', () => {
    const r = parseLiftTestsCsv('channel,x,delta_x,delta_y,sigma\ntv,1000,200,350,40\nsearch,500,-100,-80,25\n', ['tv', 'search']);
    expect(r).toEqual({ ok: true, tests: [
      { channel: 'tv', x: 1000, deltaX: 200, deltaY: 350, sigma: 40 },
      { channel: 'search', x: 500, deltaX: -100, deltaY: -80, sigma: 25 },
    ] });
  });

  it('names missing and unknown columns', () => {
    const r = parseLiftTestsCsv('channel,x,dx,delta_y,sigma\ntv,1,1,1,1\n', ['tv']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.column)).toEqual(['delta_x', 'dx']);
  });

  it('names the row and column of every bad cell', () => {
    const r = parseLiftTestsCsv('channel,x,delta_x,delta_y,sigma\nradio,1,1,1,1\ntv,-5,0,abc,0\ntv,10,-20,1,1\n', ['tv']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'channel'], [2, 'x'], [2, 'delta_x'], [2, 'delta_y'], [2, 'sigma'], [3, 'delta_x'],
    ]);
    expect(r.errors[0].message).toBe("lift tests row 1 (line 2), column channel: 'radio' is not a paid channel of the model (tv)");
  });

  it('rejects a header-only file', () => {
    const r = parseLiftTestsCsv('channel,x,delta_x,delta_y,sigma\n', ['tv']);
    expect(r.ok).toBe(false);
  });
});

describe('parseLiftTestsCsv: plain decimals and a plausible sigma', () => {
  it('rejects hex, binary and octal numbers naming the row and column', () => {
    const r = parseLiftTestsCsv('channel,x,delta_x,delta_y,sigma\ntv,0x10,200,350,40\ntv,100,0b11,350,0o7\n', ['tv']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[1, 'x'], [2, 'delta_x'], [2, 'sigma']]);
  });

  it('accepts decimal forms (1e3, .5, +2, 10.)', () => {
    const r = parseLiftTestsCsv('channel,x,delta_x,delta_y,sigma\ntv,1e3,.5,+2,10.\n', ['tv']);
    expect(r).toEqual({ ok: true, tests: [{ channel: 'tv', x: 1000, deltaX: 0.5, deltaY: 2, sigma: 10 }] });
  });

  it('a sigma of 1e-300 (or below 1e-6 x |delta_y|) is an error naming the lift-test row and sigma', () => {
    const r = parseLiftTestsCsv('channel,x,delta_x,delta_y,sigma\ntv,100,20,350,40\ntv,100,20,350,1e-300\ntv,100,20,0,1e-300\n', ['tv']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[2, 'sigma'], [3, 'sigma']]);
    expect(r.errors[0].message).toMatch(/^lift tests row 2 \(line 3\), column sigma: 1e-300 is below/);
  });
});
