// Renders the charts that draw with d3 in an $effect (nothing to see in server rendering) in headless chromium:
// esbuild bundles them with Svelte's client compiler, the page mounts one at a time and hands back its markup.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { compile } from 'svelte/compiler';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/harness';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const svelteClient: Plugin = {
  name: 'svelte-client',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async (args) => {
      const { js } = compile(await readFile(args.path, 'utf8'), { filename: args.path, generate: 'client', css: 'injected' });
      return { contents: js.code, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** One script exposing window.renderChart(name, props, width) for the given components (name -> path from the repo root). */
async function bundle(components: Record<string, string>): Promise<string> {
  const names = Object.keys(components);
  const entry = `import { mount, flushSync } from 'svelte';
${names.map((n) => `import ${n} from ${JSON.stringify(join(ROOT, components[n]))};`).join('\n')}
const C = { ${names.join(', ')} };
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
window.renderChart = async (name, props, width) => {
  document.body.replaceChildren();
  const host = document.createElement('div');
  host.style.width = width + 'px';
  document.body.append(host);
  mount(C[name], { target: host, props });
  flushSync();
  await frame(); // bind:clientWidth reports the host's width, the effect redraws
  flushSync();
  return host.innerHTML;
};`;
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'js' },
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', plugins: [svelteClient],
    conditions: ['browser'], logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

export interface ChartBrowser {
  render(name: string, props: unknown, width: number): Promise<string>;
  close(): Promise<void>;
}

export async function openChartBrowser(components: Record<string, string>): Promise<ChartBrowser> {
  const [script, browser] = await Promise.all([
    bundle(components),
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }) as Promise<Browser>,
  ]);
  const page: Page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"></body></html>');
  await page.addScriptTag({ content: script });
  return {
    render: (name, props, width) =>
      page.evaluate(([n, p, w]) => (window as unknown as { renderChart(n: string, p: unknown, w: number): Promise<string> }).renderChart(n, p, w),
        [name, props, width] as [string, unknown, number]),
    close: () => browser.close(),
  };
}
