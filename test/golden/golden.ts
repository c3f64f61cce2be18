// Golden SVG files (as Observable Plot's tests): compare a chart's markup with test/golden/<name>.svg; on a mismatch
// write <name>.actual.svg beside it and fail naming both. A missing golden is written and the test passes.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(DIR, '..', '..');
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Numbers in attribute values to 2 decimals (0.01 px), so float noise in the last bits is not a change; text stays exact. */
function roundAttributes(markup: string): string {
  return markup.replace(/(\s[\w:-]+=")([^"]*)"/g, (_, head: string, value: string) =>
    `${head}${value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
      const r = Math.round(Number(n) * 100) / 100;
      return String(Object.is(r, -0) ? 0 : r);
    })}"`);
}

/**
 * One standalone SVG document from a component's markup: Svelte's hydration comments dropped, numbers rounded,
 * the xmlns set; HTML around the chart (a wrapping div) is dropped, and several SVGs are stacked in one.
 */
export function toSvgDocument(markup: string): string {
  const bare = markup.replace(/<!--[\s\S]*?-->/g, '');
  const svgs = bare.match(/<svg[\s>][\s\S]*?<\/svg>/g) ?? [];
  if (svgs.length === 0) throw new Error('the component rendered no <svg>');
  const withNs = svgs.map((s) => (s.includes('xmlns=') ? s : s.replace('<svg', `<svg xmlns="${SVG_NS}"`)));
  const doc = withNs.length === 1 ? withNs[0] : `<svg xmlns="${SVG_NS}">${withNs.join('')}</svg>`;
  return `${roundAttributes(doc)}\n`;
}

/** Asserts the chart's SVG equals test/golden/<name>.svg. */
export function expectGolden(name: string, markup: string): void {
  const svg = toSvgDocument(markup);
  const golden = join(DIR, `${name}.svg`);
  const actual = join(DIR, `${name}.actual.svg`);
  if (!existsSync(golden)) {
    writeFileSync(golden, svg);
    console.warn(`golden written: ${relative(ROOT, golden)}`);
    return;
  }
  if (readFileSync(golden, 'utf8') === svg) {
    rmSync(actual, { force: true });
    return;
  }
  writeFileSync(actual, svg);
  expect.fail(`${name} differs from its golden: compare ${relative(ROOT, golden)} with ${relative(ROOT, actual)} ` +
    `(if the change is intended, move the .actual.svg over the .svg)`);
}
