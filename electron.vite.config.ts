import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';

/**
 * The dev server injects <style> tags and talks over a websocket for hot reload; relax the CSP for
 * `npm run dev` only. Production builds keep index.html's CSP exactly as written.
 */
function devCsp(): Plugin {
  return {
    name: 'unknot-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

/**
 * Vite wraps every dynamic import in its preload helper even when there is nothing to preload
 * (vitejs/vite#13952), and nothing ever is here (see modulePreload below). The full helper weighs
 * ~1 KB gzipped in the routine's first load; this one only calls the import.
 */
const VITE_PRELOAD_HELPER_ID = '\0vite/preload-helper.js';
function leanPreloadHelper(): Plugin {
  return {
    name: 'unknot-lean-preload-helper',
    enforce: 'pre',
    apply: 'build',
    load: (id) => (id === VITE_PRELOAD_HELPER_ID ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/** The renderer reaches the shared core through `$core/…` (tsconfig.base.json `paths` says the same). */
const CORE_DIR = resolve(import.meta.dirname, 'main/core');

// Three bundles: the main process (ESM), the preload (CommonJS, because sandboxed preloads
// cannot load ES modules) and the renderer (Svelte; views chosen by route, all but the routine loaded on demand).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(import.meta.dirname, 'main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: { alias: { $core: CORE_DIR } },
    plugins: [
      leanPreloadHelper(),
      svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.js') }),
      devCsp(),
    ],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      target: 'chrome140',
      // The CSP forbids inline scripts and styles, so nothing may be inlined as data: either.
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      // index.html lists the first chunk's own imports as <link rel="modulepreload">, so they are
      // fetched beside it instead of after it has been parsed (a second round of requests before
      // anything can run). Lazy chunks preload nothing: that would put a list of file names into
      // every dynamic import in the routine's first chunk (and need Vite's full preload helper,
      // which leanPreloadHelper replaces). No polyfill: Chromium has modulepreload.
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
      // Maps for npm test's coverage report only: 'hidden' leaves the bundle (its size, its CSP)
      // untouched, and electron-builder.yml keeps *.map out of the installers.
      sourcemap: 'hidden',
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
