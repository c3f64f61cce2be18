// Builds the Marginal app: Svelte 5, module workers, and an offline-first PWA that precaches everything (WASM included).
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

/** The dev server injects inline styles and scripts (HMR), which the production CSP forbids: drop the meta tag in dev only. */
function relaxCspInDev(): Plugin {
  return {
    name: 'marginal-relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
  };
}

export default defineConfig({
  plugins: [
    svelte(),
    relaxCspInDev(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // A separate registerSW.js file (never an inline script: the CSP forbids those).
      injectRegister: 'script',
      includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'Marginal — Bayesian marketing mix modeling',
        short_name: 'Marginal',
        description: 'Bayesian marketing mix modeling that runs entirely in your browser, offline and private.',
        theme_color: '#1f3a5f',
        background_color: '#f6f7f9',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything the app needs offline: code, worker chunks, the WASM module, styles, icons.
        globPatterns: ['**/*.{js,mjs,css,html,wasm,svg,png,ico,webmanifest,json}'],
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        // Keep workbox's runtime in the SW file itself (no importScripts of a second chunk).
        inlineWorkboxRuntime: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Inline nothing as data: URLs: the WASM and workers must be real files the service worker can precache.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
