// Which modules make up the renderer bundle, as minified and gzipped bytes each (approximate:
// gzip of a module alone), to keep the whole renderer within its 40 KB budget.
// Usage: node scripts/renderer-size-report.mjs
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = resolve(import.meta.dirname, '..');
const out = await build({
  root: resolve(root, 'renderer'),
  base: './',
  logLevel: 'silent',
  resolve: { alias: { $core: resolve(root, 'main/core') } },
  plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') })],
  build: {
    write: false,
    minify: true,
    target: 'chrome140',
    rolldownOptions: { input: resolve(root, 'renderer/index.html') },
  },
});
const groups = new Map();
for (const output of Array.isArray(out) ? out : [out]) {
  for (const chunk of output.output) {
    if (chunk.type !== 'chunk') continue;
    for (const [id, mod] of Object.entries(chunk.modules)) {
      if (!mod.code) continue;
      const name = id.replace(`${root}/`, '').replace(/\?.*/, '');
      const group =
        name.startsWith('node_modules/') && !process.argv.includes('--detail')
          ? name.split('/').slice(0, 2).join('/')
          : name
              .split('/')
              .slice(0, process.argv.includes('--detail') ? 9 : 3)
              .join('/');
      const min = (await transform(mod.code, { minify: true, loader: 'js' })).code;
      const entry = groups.get(group) ?? { min: 0, gz: 0 };
      entry.min += min.length;
      entry.gz += gzipSync(min, { level: 9 }).length;
      groups.set(group, entry);
    }
  }
}
const rows = [...groups].sort((a, b) => b[1].gz - a[1].gz);
for (const [group, { min, gz }] of rows)
  console.log(`${String(gz).padStart(7)} gz ${String(min).padStart(8)} min  ${group}`);
