// Flag parsing: values, booleans, lists, ranges; unknown flags, missing and bad values are usage errors naming the flag.
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, type FlagDef } from '../../src/cli/args';

const defs: Record<string, FlagDef> = {
  out: { kind: 'string' },
  channels: { kind: 'list' },
  controls: { kind: 'list', allowEmpty: true },
  chains: { kind: 'int', min: 1, max: 64 },
  'target-accept': { kind: 'number', above: 0, below: 1 },
  adstock: { kind: 'enum', values: ['geometric', 'delayed'] },
  trend: { kind: 'bool' },
  seed: { kind: 'int', min: 0 },
};

const err = (argv: string[]) => {
  try {
    parseArgs(argv, defs);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('parseArgs', () => {
  it('reads values, --flag=value, booleans, lists and positionals', () => {
    const a = parseArgs(['data.csv', '--out', 'm.json', '--chains=2', '--trend', '--channels', 'tv, search', '--target-accept', '0.9'], defs);
    expect(a.positional).toEqual(['data.csv']);
    expect(a.flags).toEqual({ out: 'm.json', chains: 2, trend: true, channels: ['tv', 'search'], 'target-accept': 0.9 });
  });

  it('names an unknown flag', () => {
    expect(err(['--chainz', '2'])).toBe('unknown flag --chainz');
    expect(err(['-x'])).toBe('unknown flag -x');
  });

  it('names a flag that lacks its value', () => {
    expect(err(['--out'])).toBe('flag --out needs a value');
    expect(err(['--chains', '--trend'])).toBe('flag --chains needs a value');
  });

  it('names a flag with a bad value and says what it expected', () => {
    expect(err(['--chains', 'four'])).toBe("flag --chains: expected an integer >= 1 and <= 64, got 'four'");
    expect(err(['--chains', '2.5'])).toMatch(/^flag --chains: expected an integer/);
    expect(err(['--chains', '0'])).toMatch(/^flag --chains/);
    expect(err(['--target-accept', '1'])).toBe("flag --target-accept: expected a number > 0 and < 1, got '1'");
    expect(err(['--adstock', 'weibull'])).toBe("flag --adstock: expected one of geometric, delayed, got 'weibull'");
    expect(err(['--channels', 'a,,b'])).toMatch(/^flag --channels: expected a comma-separated list/);
    expect(err(['--channels', 'a,a'])).toBe("flag --channels: 'a' is listed twice");
    expect(err(['--trend=yes'])).toBe('flag --trend takes no value');
    expect(err(['--out', 'a', '--out', 'b'])).toBe('flag --out given twice');
  });

  it("an empty list only where allowed (--controls '')", () => {
    expect(parseArgs(['--controls', ''], defs).flags.controls).toEqual([]);
    expect(err(['--channels', ''])).toMatch(/^flag --channels: expected a comma-separated list/);
  });

  it('accepts negative-looking values that are not flags', () => {
    expect(err(['--seed', '-1'])).toMatch(/^flag --seed: expected an integer >= 0/);
  });
});
