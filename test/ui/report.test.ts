// buildReport: every section present, user strings escaped, nothing that loads or runs anything.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/ui/export/report';
import { sanitizeSvg } from '../../src/ui/export/escape';
import { fixtureModel } from '../fixtures/model';
import { fixturePlan } from '../fixtures/plan';

const XSS = '<img src=x onerror=alert(1)>';
const channels = ['search', 'tv', XSS];
const model = fixtureModel({ channels, draws: 10 });
const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><text>${label.replace(/</g, '&lt;')}</text></svg>`;
const charts = Object.fromEntries(['chart-actual-fitted', 'chart-contributions', 'chart-waterfall', 'chart-share', 'chart-roi',
  'chart-response', 'chart-adstock', 'chart-optimise-bars', 'chart-uplift', 'chart-frontier'].map((id) => [id, svg(XSS)]));

describe('buildReport', () => {
  const html = buildReport(model, fixturePlan(channels), charts, new Date('2026-11-23T12:00:00Z'));

  it('has every section, the allocation only with a plan', () => {
    for (const id of ['fit', 'decomposition', 'roi', 'response', 'model', 'diagnostics', 'allocation']) expect(html).toContain(`<section id="${id}">`);
    expect(buildReport(model, null, charts)).not.toContain('<section id="allocation">');
    expect(html.match(/<figure>/g)?.length).toBe(10);
  });

  it('escapes channel names everywhere (never raw markup)', () => {
    expect(html).not.toContain(XSS);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The name reaches tables, header and parameter names.
    expect(html).toContain('saturation_beta[&lt;img src=x onerror=alert(1)&gt;]');
  });

  it('is self-contained: no scripts, no external references', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<[^>]*\s(src|href)\s*=/i); // no attribute loads anything
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toMatch(/^<!doctype html>/);
  });

  it('includes the diagnostics table and the allocation numbers', () => {
    expect(html).toContain('Max R-hat');
    expect(html).toContain('intercept');
    expect(html).toContain('93.0%'); // P(uplift > 0)
  });

  it('omits missing charts rather than leaving empty figures', () => {
    const h = buildReport(model, null, { 'chart-roi': svg('x') });
    expect(h.match(/<figure>/g)?.length).toBe(1);
  });
});

describe('sanitizeSvg', () => {
  it('drops scripts, handlers, foreign content and external links; keeps same-document refs', () => {
    const dirty = `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><foreignObject><div>x</div></foreignObject>
<a href="https://evil.example/">a</a><use xlink:href="#p"/><rect fill="url(https://x/y)" onclick='z()'/></svg>`;
    const clean = sanitizeSvg(dirty);
    expect(clean).not.toMatch(/script|onload|onclick|foreignObject|https?:/i);
    expect(clean).toContain('xlink:href="#p"');
  });

  it('keeps text that merely reads like an attribute (an escaped channel name) intact', () => {
    const m = '<svg><text><title>&lt;img src=x onerror=alert(1)&gt;</title>&lt;img src=x onerror=alert(1)&gt;</text><rect/></svg>';
    expect(sanitizeSvg(m)).toBe(m);
  });

  it('rejects anything that is not an svg element', () => {
    expect(sanitizeSvg('<img src=x onerror=alert(1)>')).toBe('');
  });
});
