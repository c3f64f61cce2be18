// The saved-session validator: a real session passes; corrupt pieces are rejected naming the piece and
// field; 400 seeded mutations never throw anything but a FieldError.
import { describe, expect, it } from 'vitest';
import { validateSavedSession, type SavedSession } from '../../src/ui/state/validate-session';
import { FieldError } from '../../src/core/fit/field-check';
import { DEFAULT_FIT_CONFIG } from '../../src/core/engine/defaults';
import { fixtureModel } from '../fixtures/model';
import { fixturePlan } from '../fixtures/plan';
import { isInternalError, mutate } from '../fit/json-mutate';

function savedSession(): SavedSession {
  const model = fixtureModel({ channels: ['search', 'tv', 'social'], draws: 8, periods: 30 });
  model.summary.parameters.intercept.rhat = NaN; // IndexedDB keeps NaN
  const names = model.spec.channels.map((c) => c.name);
  return {
    dataset: {
      name: 'demo.csv', source: 'file', csv: 'week,revenue,search\n2024-01-01,1,2\n',
      mapping: { date: 'week', kpi: 'revenue', channels: names, controls: [] },
      frequency: 'weekly', detected: { reasons: { week: 'dates' }, notes: [] },
    },
    spec: structuredClone(model.spec),
    'fit-config': { ...DEFAULT_FIT_CONFIG },
    model,
    plan: fixturePlan(names),
    'fit-in-progress': { started: '2026-12-01T10:00:00Z', config: { ...DEFAULT_FIT_CONFIG }, percent: 40 },
    step: 'results',
  };
}

function rejectsAt(s: SavedSession, path: string): void {
  let err: unknown;
  try { validateSavedSession(s); } catch (e) { err = e; }
  expect(err).toBeInstanceOf(FieldError);
  expect((err as FieldError).path).toBe(path);
}

describe('validateSavedSession', () => {
  it('accepts a real session and an empty one', () => {
    const s = savedSession();
    const r = validateSavedSession(s);
    expect(r.model).toBe(s.model);
    expect(r.step).toBe('results');
    expect(validateSavedSession({})).toEqual({ dataset: undefined, spec: undefined, fitConfig: undefined, model: undefined, plan: undefined, marker: undefined, step: undefined });
  });

  it('accepts a large dataset kept as a Blob (the worker reads it), rejects an empty Blob or another object', () => {
    const s = savedSession();
    const blob = new Blob(['week,revenue,search\n2024-01-01,1,2\n'], { type: 'text/csv' });
    (s.dataset as { csv: unknown }).csv = blob;
    expect(validateSavedSession(s).dataset?.csv).toBe(blob);
    (s.dataset as { csv: unknown }).csv = new Blob([]);
    rejectsAt(s, 'dataset.csv');
    (s.dataset as { csv: unknown }).csv = { size: 10 };
    rejectsAt(s, 'dataset.csv');
  });

  it('names the piece and field of a corruption', () => {
    let s = savedSession();
    (s.dataset as { mapping: unknown }).mapping = null;
    rejectsAt(s, 'dataset.mapping');
    s = savedSession();
    (s.model as { scaling: { kpi: unknown } }).scaling.kpi = 'big';
    rejectsAt(s, 'model.scaling.kpi');
    s = savedSession();
    delete (s.model as { summary: { parameters?: unknown } }).summary.parameters;
    rejectsAt(s, 'model.summary.parameters');
    s = savedSession();
    (s.plan as { allocation_by_period: Record<string, unknown> }).allocation_by_period.tv = [1, 2];
    rejectsAt(s, 'plan.allocation_by_period.tv');
    s = savedSession();
    s.step = 'nowhere';
    rejectsAt(s, 'step');
    s = savedSession();
    (s['fit-config'] as { chains: unknown }).chains = -1;
    rejectsAt(s, 'fit-config.chains');
    s = savedSession();
    (s.spec as { channels: unknown[] }).channels[0] = 'tv';
    rejectsAt(s, 'spec.channels[0]');
    s = savedSession();
    (s.plan as { channels: string[] }).channels = ['radio'];
    rejectsAt(s, 'plan.allocation.radio');
  });

  it('400 seeded mutations: a typed session or a FieldError naming a field, nothing else', () => {
    const base = savedSession();
    let rejected = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const { value, mutations } = mutate(base, 10_000 + seed, 1 + (seed % 3), seed % 2 === 0);
      try {
        validateSavedSession(value as SavedSession);
      } catch (e) {
        const where = `seed ${seed}: ${JSON.stringify(mutations).slice(0, 300)}`;
        if (isInternalError(e) || !(e instanceof FieldError)) throw new Error(`${where}: threw ${String(e)}`);
        expect(e.path, where).toMatch(/^(dataset|spec|fit-config|model|plan|fit-in-progress|step)\b/);
        rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(100);
  });
});
