// The one model.json validator: accepts what fit writes, names the field of what it rejects.
import { describe, expect, it } from 'vitest';
import { parseModelJsonText, validateModelJson } from '../../src/core/fit/validate-model-json';
import { FieldError } from '../../src/core/fit/field-check';
import { fixtureModel } from '../fixtures/model';

const good = () => JSON.parse(JSON.stringify(fixtureModel({ channels: ['search', 'tv', 'social'], draws: 10, periods: 30 })));

function rejects(m: unknown, path: string, text?: RegExp): void {
  try {
    validateModelJson(m);
  } catch (e) {
    expect(e).toBeInstanceOf(FieldError);
    expect((e as FieldError).path).toBe(path);
    if (text) expect((e as Error).message).toMatch(text);
    return;
  }
  throw new Error(`expected a rejection at ${path}`);
}

describe('validateModelJson', () => {
  it('accepts a model.json as fit writes it (after a JSON round trip)', () => {
    const m = good();
    expect(validateModelJson(m)).toBe(m);
    expect(parseModelJsonText(JSON.stringify(m)).spec.channels.length).toBe(3);
  });

  it("accepts fit.adaptation when it names an adaptation (absent: Stan's), rejects any other value", () => {
    const m = good();
    m.fit.adaptation = 'nutpie';
    expect(validateModelJson(m)).toBe(m);
    const bad = good();
    bad.fit.adaptation = 'pymc';
    rejects(bad, 'fit.adaptation', /one of stan, nutpie/);
  });

  it('names the first missing field of a bare {"format":"marginal-model"}', () => {
    rejects({ format: 'marginal-model' }, 'version');
    rejects({ format: 'marginal-model', version: 1 }, 'data', /missing/);
    rejects({ format: 'other', version: 1 }, 'format');
    rejects(null, '(model.json)');
    expect(() => parseModelJsonText('{oops')).toThrow(/not valid JSON/);
  });

  it('rejects a null spend instead of reading it as 0', () => {
    const m = good();
    m.data.channels.tv[5] = null;
    rejects(m, 'data.channels.tv[5]', /finite number >= 0, got null/);
  });

  it('rejects scaling.kpi = 0 (an all-zero plan otherwise)', () => {
    const m = good();
    m.scaling.kpi = 0;
    rejects(m, 'scaling.kpi', /> 0/);
  });

  it('rejects a file without summary.parameters (the Fit page crashed on it)', () => {
    const m = good();
    delete m.summary.parameters;
    rejects(m, 'summary.parameters', /missing/);
  });

  it('checks draws: every spec parameter present, one shape, within the parameter support', () => {
    let m = good();
    delete m.draws['adstock_alpha[tv]'];
    rejects(m, 'draws["adstock_alpha[tv]"]', /missing/);
    m = good();
    m.draws['sigma'][1].pop();
    rejects(m, 'draws.sigma[1]', /expected 10 draws/);
    m = good();
    m.draws['adstock_alpha[search]'][0][3] = 1.5;
    rejects(m, 'draws["adstock_alpha[search]"][0][3]', /<= 1/);
  });

  it('checks the spec against the data: lmax, holdout, channel names', () => {
    let m = good();
    m.spec.channels[0].lmax = 500;
    rejects(m, 'spec.channels[0].lmax', /<= 30/);
    m = good();
    m.spec.channels[1].name = 'search';
    rejects(m, 'spec.channels[1].name', /listed twice/);
    m = good();
    m.spec.holdout = 30;
    rejects(m, 'spec.holdout');
    m = good();
    (m.spec as { saturationCoordinates?: string }).saturationCoordinates = 'log';
    rejects(m, 'spec.saturationCoordinates');
    m = good();
    m.spec.saturationCoordinates = 'natural';
    expect(() => validateModelJson(m)).not.toThrow();
  });

  it('accepts NaN/null statistics where a statistic can be undefined, and a channel named __proto__', () => {
    const m = good();
    m.summary.parameters.intercept.rhat = null;
    m.diagnostics.max_rhat = NaN;
    expect(() => validateModelJson(m)).not.toThrow();
    // JSON.parse makes "__proto__" an own key, as in a user's file.
    const p = JSON.parse(JSON.stringify(good()).replaceAll('"tv"', '"__proto__"').replaceAll('[tv]', '[__proto__]'));
    expect(Object.keys(p.data.channels)).toContain('__proto__');
    expect(() => validateModelJson(p)).not.toThrow();
    delete p.data.channels.__proto__;
    rejects(p, 'data.channels.__proto__', /missing/);
  });

  it('never quotes a huge value whole', () => {
    const m = good();
    m.spec.kpi = 7;
    m.created = { a: 1 };
    rejects(m, 'created');
    const n = good();
    n.data.frequency = 'x'.repeat(100000);
    try { validateModelJson(n); } catch (e) { expect((e as Error).message.length).toBeLessThan(200); }
  });
});
