// Seeded fuzz: 600 mutations of a real-shaped model.json through the validator, `marginal summary`'s
// text and the optimizer entry. No throw but our own messages; every rejection names a field.
import { describe, expect, it } from 'vitest';
import { validateModelJson } from '../../src/core/fit/validate-model-json';
import { FieldError } from '../../src/core/fit/field-check';
import { summaryText } from '../../src/cli/table';
import { optimizeBudget } from '../../src/core/optimizer';
import { fixtureModel } from '../fixtures/model';
import { isInternalError, mutate } from './json-mutate';

const CASES = 600;
// Written to JSON and back, as `marginal fit` writes it and the CLI reads it.
const base = JSON.parse(JSON.stringify(fixtureModel({ channels: ['search', 'tv', 'social'], draws: 12, periods: 40, chains: 2 })));

describe('model.json fuzz', () => {
  it('the unmutated fixture is valid', () => {
    expect(() => validateModelJson(base)).not.toThrow();
  });

  it(`${CASES} seeded mutations: rejected naming a field, or summarised and optimised without an internal error`, async () => {
    let rejected = 0, accepted = 0, optimised = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const { value, mutations } = mutate(base, seed, 1 + (seed % 3), seed % 2 === 0);
      const where = `seed ${seed}: ${JSON.stringify(mutations).slice(0, 300)}`;
      // The optimizer entry checks (its part of) the file itself: on every third case, hand it the mutation directly.
      if (seed % 3 === 0) {
        try {
          await optimizeBudget(structuredClone(value) as Parameters<typeof optimizeBudget>[0], { maxDraws: 5, horizon: 4, randomStarts: 1 });
        } catch (e) {
          if (isInternalError(e)) throw new Error(`${where}: optimizer entry threw ${String(e)}`);
        }
      }
      let model;
      try {
        model = validateModelJson(value);
      } catch (e) {
        if (!(e instanceof FieldError)) throw new Error(`${where}: validator threw ${String(e)}`);
        expect(e.path, where).not.toBe('');
        expect(e.message.length, where).toBeLessThan(400);
        rejected++;
        continue;
      }
      accepted++;
      try {
        summaryText(model);
      } catch (e) {
        throw new Error(`${where}: summary threw ${String(e)}`);
      }
      optimised++;
      try {
        await optimizeBudget(model, { maxDraws: 5, horizon: 4, randomStarts: 1 });
      } catch (e) {
        if (isInternalError(e)) throw new Error(`${where}: optimizer threw ${String(e)}`);
      }
    }
    expect(rejected + accepted).toBe(CASES);
    expect(rejected).toBeGreaterThan(CASES / 4);
    expect(optimised).toBeGreaterThan(50);
  }, 240_000);
});
