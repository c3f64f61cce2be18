// putOwn / ownValue: records keyed by a user's column name treat __proto__, constructor and toString as ordinary keys.
import { describe, expect, it } from 'vitest';
import { ownValue, putOwn } from '../../src/core/data/records';

describe('putOwn', () => {
  it('sets __proto__ as an own, enumerable key and leaves the prototype alone', () => {
    const r: Record<string, number> = {};
    putOwn(r, '__proto__', 1);
    putOwn(r, 'constructor', 2);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(Object.keys(r)).toEqual(['__proto__', 'constructor']);
    expect(r['__proto__']).toBe(1);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    r['__proto__'] = 3; // an own data property: later plain writes update it
    expect(ownValue(r, '__proto__')).toBe(3);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  });
});

describe('ownValue', () => {
  it('reads own keys only, never an inherited member', () => {
    const r: Record<string, number> = { tv: 5 };
    expect(ownValue(r, 'tv')).toBe(5);
    for (const k of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) expect(ownValue(r, k), k).toBeUndefined();
    expect(ownValue(undefined, 'tv')).toBeUndefined();
    expect(ownValue(JSON.parse('{"__proto__": 7}') as Record<string, number>, '__proto__')).toBe(7);
  });
});
