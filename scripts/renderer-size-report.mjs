// Which modules make up the renderer bundle (minified bytes before gzip), to keep it under budget.
// Usage: node scripts/renderer-size-report.mjs
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
const root = resolve(import.meta.dirname, '..');
const out = await build({ root: resolve(root, 'renderer'), base: './', logLevel: 'silent', plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') })],
  build: { write: false, minify: true, target: 'chrome140', rolldownOptions: { input: resolve(root, 'renderer/index.html') } } });
const outputs = Array.isArray(out) ? out : [out];
const sizes = new Map();
for (const o of outputs) for (const c of o.output) if (c.type === 'chunk') for (const [id, m] of Object.entries(c.modules)) {
  const key = id.replace(root + '/', '').replace(/node_modules\/(\.pnpm\/)?([^/]+)\/.*/, 'npm:$2').replace(/\?.*/, '');
  const group = key.startsWith('npm:') ? key : key.split('/').slice(0, 3).join('/');
  sizes.set(group, (sizes.get(group) ?? 0) + m.renderedLength);
}
console.log([...sizes].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${String(v).padStart(7)} ${k}`).join('\n'));
