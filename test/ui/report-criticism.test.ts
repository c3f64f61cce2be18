// The report's "Model checks" section: present only with a criticism, the verdict and its reasons escaped.
import { expect, it } from 'vitest';
import { buildReport } from '../../src/ui/export/report';
import { modelCriticism } from '../../src/core/criticism';
import { fixtureModel } from '../fixtures/model';

it('adds the verdict, its reasons and the LOO / PIT / contraction figures when given the criticism', () => {
  const model = fixtureModel({ chains: 2, draws: 20, periods: 30, channels: ['<b>tv</b>', 'search'] });
  const c = modelCriticism(model, { priorDraws: 100 });
  expect(buildReport(model, null, {})).not.toContain('<section id="checks">');
  const html = buildReport(model, null, {}, new Date('2026-12-02T00:00:00Z'), c);
  expect(html).toContain('<section id="checks">');
  expect(html).toContain(`Verdict: ${c.verdict.headline}`);
  expect(html).toContain('Pareto k');
  expect(html).toContain('LOO-PIT calibration');
  expect(html).toContain('&lt;b&gt;tv&lt;/b&gt;:');
  expect(html).not.toContain('<b>tv</b>');
});
