import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // Compiles .svelte files for the golden chart tests (server-side rendering to SVG); other tests import none.
  plugins: [svelte({ configFile: false, compilerOptions: { css: 'injected' }, emitCss: false })],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
