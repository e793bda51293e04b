// What each renderer view costs, module by module, as minified and gzipped bytes (approximate:
// gzip of a module alone). A module belongs to a view when only that view's component
// (renderer/views/*View.svelte) reaches it; what the entry reaches without going through a view,
// or what several views share, is listed as shared. Then the output chunks, as the bench weighs
// them (`npm run bench`: routineViewGzipBytes and the other per-view figures).
// Usage: node scripts/renderer-size-report.mjs [--detail]   (--detail: every module, not folders)
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = resolve(import.meta.dirname, '..');
const detail = process.argv.includes('--detail');
const viewsDir = resolve(root, 'renderer/views');
const viewRoots = new Map(
  readdirSync(viewsDir)
    .filter((name) => /View\.svelte$/.test(name))
    .map((name) => [resolve(viewsDir, name), name.replace(/View\.svelte$/, '').toLowerCase()]),
);

/** Every module reachable from `start` (static and dynamic imports), not walking into `stops`. */
function reach(graph, start, stops) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const info = graph.get(queue.pop());
    for (const next of info ?? []) {
      if (seen.has(next) || stops.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

let graph = new Map();
let entryId = '';
const graphPlugin = {
  name: 'unknot-size-graph',
  generateBundle() {
    for (const id of this.getModuleIds()) {
      const info = this.getModuleInfo(id);
      if (!info) continue;
      if (info.isEntry) entryId = id;
      graph.set(id, [...info.importedIds, ...info.dynamicallyImportedIds]);
    }
  },
};

const out = await build({
  root: resolve(root, 'renderer'),
  base: './',
  logLevel: 'silent',
  resolve: { alias: { $core: resolve(root, 'main/core') } },
  plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') }), graphPlugin],
  build: {
    write: false,
    minify: true,
    target: 'chrome140',
    cssCodeSplit: false,
    rolldownOptions: { input: resolve(root, 'renderer/index.html') },
  },
});

const stops = new Set(viewRoots.keys());
const shared = reach(graph, entryId, stops);
const byView = new Map(
  [...viewRoots].map(([id, view]) => [view, reach(graph, id, new Set([...stops].filter((s) => s !== id)))]),
);

function ownerOf(id) {
  if (shared.has(id) && !stops.has(id)) return 'shared (entry)';
  const views = [...byView].filter(([, ids]) => ids.has(id)).map(([view]) => view);
  if (views.length === 1) return `view: ${views[0]}`;
  return views.length === 0 ? 'unreached' : `shared: ${views.sort().join(' + ')}`;
}

const groups = new Map();
const chunks = [];
for (const output of Array.isArray(out) ? out : [out]) {
  for (const file of output.output) {
    const bytes = file.type === 'chunk' ? file.code : file.source;
    if (/\.(js|css)$/.test(file.fileName))
      chunks.push([
        file.fileName,
        gzipSync(bytes, { level: 9 }).length,
        file.type === 'chunk' && file.isEntry,
      ]);
    if (file.type !== 'chunk') continue;
    for (const [id, mod] of Object.entries(file.modules)) {
      if (!mod.code) continue;
      const name = id.replace(`${root}/`, '').replace(/\?.*/, '');
      const label = detail
        ? name
        : name.startsWith('node_modules/')
          ? name.split('/').slice(0, 2).join('/')
          : name.split('/').slice(0, 3).join('/');
      const min = (await transform(mod.code, { minify: true, loader: 'js' })).code;
      const owner = ownerOf(id.replace(/\?.*/, ''));
      const modules = groups.get(owner) ?? new Map();
      const entry = modules.get(label) ?? { min: 0, gz: 0 };
      entry.min += min.length;
      entry.gz += gzipSync(min, { level: 9 }).length;
      modules.set(label, entry);
      groups.set(owner, modules);
    }
  }
}

const pad = (value, width) => String(value).padStart(width);
for (const [owner, modules] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const rows = [...modules].sort((a, b) => b[1].gz - a[1].gz);
  const total = rows.reduce((sum, [, { gz }]) => sum + gz, 0);
  console.log(`\n${owner}: ~${total} gz (modules gzipped one by one)`);
  for (const [label, { min, gz }] of rows) console.log(`${pad(gz, 7)} gz ${pad(min, 8)} min  ${label}`);
}
console.log('\nchunks (gzip level 9, whole files):');
for (const [name, gz, isEntry] of chunks.sort((a, b) => b[1] - a[1]))
  console.log(`${pad(gz, 7)} gz  ${name}${isEntry ? '  (entry)' : ''}`);
