// The goals bench's pure half: which runs a command line selects, how a figure is judged against its goal, and the
// table (every goal a row, "not run" where its run did not run).
import { describe, expect, it } from 'vitest';
import { evaluate, goalOptions, goalRows, goalsTable, GOALS, RUNS } from '../../bench/goals-table';

describe('goals bench options', () => {
  it('runs every goal but the long 30-channel fits by default, and says which it skipped', () => {
    const o = goalOptions([]);
    expect(o.runs).toEqual(['pymc', 'daily12', 'hill', 'browser-pymc', 'browser-demo']);
    expect(o.skippedLong).toEqual(['daily30', 'daily30-5y']);
    expect(o.stan).toBe(false);
  });
  it('--long adds the long runs; --stan asks for the live rstan fit', () => {
    expect(goalOptions(['--long']).runs).toEqual(Object.keys(RUNS));
    expect(goalOptions(['--long']).skippedLong).toEqual([]);
    expect(goalOptions(['--stan']).stan).toBe(true);
  });
  it('--only selects runs by name or alias, in table order; a long run named itself runs, through "scale" it needs --long', () => {
    expect(goalOptions(['--only=hill,pymc,browser']).runs).toEqual(['pymc', 'hill', 'browser-pymc', 'browser-demo']);
    expect(goalOptions(['--only=hill']).skippedLong).toEqual([]);
    expect(goalOptions(['--only=daily30']).runs).toEqual(['daily30']);
    expect(goalOptions(['--only=long']).runs).toEqual(['daily30', 'daily30-5y']);
    const scale = goalOptions(['--only=scale']);
    expect(scale.runs).toEqual(['daily12']);
    expect(scale.skippedLong).toEqual(['daily30', 'daily30-5y']);
    expect(goalOptions(['--only=scale', '--long']).runs).toEqual(['daily12', 'daily30', 'daily30-5y']);
  });
  it('names the flag and the choices on an unknown run or an empty list', () => {
    expect(() => goalOptions(['--only=pymc,fast'])).toThrow(/--only: unknown run "fast" \(one of pymc, daily12/);
    expect(() => goalOptions(['--only='])).toThrow(/--only needs run names/);
  });
  it('every goal belongs to exactly one run', () => {
    const owned = Object.values(RUNS).flat();
    expect([...owned].sort()).toEqual(GOALS.map((g) => g.id).sort());
  });
});

describe('goal evaluation', () => {
  it('judges the ratio or the measurement against the bound, strict where the goal is strict', () => {
    expect(evaluate('pymc', { measured: 45, unit: '', ratio: 27.4 })).toBe('no');
    expect(evaluate('pymc', { measured: 60, unit: '', ratio: 30 })).toBe('yes');
    expect(evaluate('pymc', { measured: 90, unit: '', ratio: 52 })).toBe('yes (moonshot too)');
    expect(evaluate('daily12', { measured: 60, unit: 's' })).toBe('no'); // "< 60 s": 60 is not under it
    expect(evaluate('daily12', { measured: 59.9, unit: 's' })).toBe('yes');
    expect(evaluate('hill', { measured: 12, unit: 's', ratio: 1.2 })).toBe('yes'); // "<= 1.2x"
    expect(evaluate('daily12-summary', { measured: 30, unit: 's', ratio: 1.01 })).toBe('no');
    expect(evaluate('browser-pymc', { measured: 1.5, unit: 's' })).toBe('yes');
    expect(evaluate('daily30-5y', { measured: 1100, unit: 'MB' })).toBe('no');
  });
  it('a run that did not run is "not run"; a failed figure (NaN) or a missing ratio is never met', () => {
    expect(evaluate('hill', undefined)).toBe('not run');
    expect(evaluate('daily30', { measured: NaN, unit: 's' })).toBe('no');
    expect(evaluate('hill', { measured: 3, unit: 's' })).toBe('no');
  });
});

describe('goals table', () => {
  const rows = goalRows(
    {
      hill: { measured: 21.2, unit: 's', reference: { value: 8.7, unit: 's', source: 'same run', what: 'logistic' }, ratio: 21.2 / 8.7, note: 'dataset 14' },
      pymc: { measured: 45.3, unit: 'ESS/s/core', reference: { value: 1.644, unit: 'ESS/s/core', source: 'stored: stan/results/pymc_example_rstan.json', what: 'rstan' }, ratio: 27.55 },
    },
    { daily30: 'long: --long runs it' },
  );
  it('has a row per goal in order, with the reference source, the ratio and the verdict', () => {
    expect(rows.map((r) => r.id)).toEqual(GOALS.map((g) => g.id));
    const h = rows.find((r) => r.id === 'hill')!;
    expect(h).toMatchObject({ measured: '21.2 s', reference: '8.70 s (logistic; same run)', ratio: '2.44x', met: 'no', note: 'dataset 14' });
    expect(rows.find((r) => r.id === 'pymc')!.reference).toBe('1.64 ESS/s/core (rstan; stored: stan/results/pymc_example_rstan.json)');
    expect(rows.find((r) => r.id === 'daily30')).toMatchObject({ measured: 'not run', met: 'not run', note: 'long: --long runs it' });
  });
  it('prints aligned columns under a header, notes indented under their row', () => {
    const text = goalsTable(rows).split('\n');
    expect(text[0]).toMatch(/^goal +\| target +\| measured +\| reference \(source\) +\| ratio +\| met\?$/);
    expect(text[1]).toMatch(/^-+-\|-/);
    const hillLine = text.findIndex((l) => l.startsWith('Hill over logistic'));
    expect(text[hillLine]).toMatch(/\| 2\.44x +\| no$/);
    expect(text[hillLine + 1]).toBe('    dataset 14');
    // Every row's column separators line up with the header's.
    const bars = (l: string) => [...l].flatMap((c, i) => (c === '|' ? [i] : []));
    for (const l of text.filter((x) => x.includes(' | '))) expect(bars(l)).toEqual(bars(text[0]));
  });
});
