/**
 * Builds bench/baseline (a minimal Svelte 5 page) with the renderer's build settings: the same
 * Svelte plugin and svelte.config.js, minified, same target, nothing inlined, one CSS file. Then
 * the cold-start ratio compares Unknot's renderer against Svelte itself, not against a
 * differently built page.
 */
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { REPO_ROOT } from './paths';

const BASELINE_DIR = resolve(REPO_ROOT, 'bench/baseline');

export async function buildBaseline(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: BASELINE_DIR,
    base: './',
    logLevel: 'error',
    plugins: [svelte({ configFile: resolve(REPO_ROOT, 'svelte.config.js') })],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'chrome140',
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      rolldownOptions: { input: resolve(BASELINE_DIR, 'index.html') },
    },
  });
}
