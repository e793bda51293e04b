// What each renderer view costs, module by module, as minified and gzipped bytes (approximate:
// gzip of a module alone). A module belongs to a view when only that view's component
// (renderer/views/*View.svelte) reaches it; what the entry reaches without going through a view,
// or what several views share, is listed as shared. Then the output chunks, as the bench weighs
// them (`npm run bench`: routineViewGzipBytes and the other per-view figures).
// The build is the renderer's own (electron.vite.config.ts), only kept in memory.
// Usage: npx tsx scripts/renderer-size-report.ts [--detail]   (--detail: every module, not folders)
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { build, type Plugin, type Rolldown } from 'vite';
import config from '../electron.vite.config';

const root = resolve(import.meta.dirname, '..');
const detail = process.argv.includes('--detail');
const viewsDir = resolve(root, 'renderer/views');
const viewRoots = new Map(
  readdirSync(viewsDir)
    .filter((name) => /View\.svelte$/.test(name))
    .map((name) => [resolve(viewsDir, name), name.replace(/View\.svelte$/, '').toLowerCase()]),
);

/** Every module reachable from `start` (static and dynamic imports), not walking into `stops`. */
function reach(
  graph: ReadonlyMap<string, readonly string[]>,
  start: string,
  stops: ReadonlySet<string>,
): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const next of graph.get(id) ?? []) {
      if (seen.has(next) || stops.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

const graph = new Map<string, readonly string[]>();
const entries: string[] = [];
const graphPlugin: Plugin = {
  name: 'unknot-size-graph',
  generateBundle() {
    for (const id of this.getModuleIds()) {
      const info = this.getModuleInfo(id);
      if (!info) continue;
      if (info.isEntry) entries.push(id);
      graph.set(id, [...info.importedIds, ...info.dynamicallyImportedIds]);
    }
  },
};

const renderer = config.renderer;
if (!renderer) throw new Error('electron.vite.config.ts has no renderer config');
const out = await build({
  ...renderer,
  base: './',
  logLevel: 'silent',
  plugins: [...(renderer.plugins ?? []), graphPlugin],
  build: { ...renderer.build, write: false, emptyOutDir: false },
});
const entryId = entries[0];
if (entryId === undefined) throw new Error('the build has no entry');

const stops = new Set(viewRoots.keys());
const shared = reach(graph, entryId, stops);
const byView = new Map(
  [...viewRoots].map(([id, view]) => [view, reach(graph, id, new Set([...stops].filter((s) => s !== id)))]),
);

function ownerOf(id: string): string {
  if (shared.has(id) && !stops.has(id)) return 'shared (entry)';
  const views = [...byView].filter(([, ids]) => ids.has(id)).map(([view]) => view);
  if (views.length === 1) return `view: ${views[0]}`;
  return views.length === 0 ? 'unreached' : `shared: ${views.sort().join(' + ')}`;
}

const groups = new Map<string, Map<string, { min: number; gz: number }>>();
const chunks: [name: string, gz: number, isEntry: boolean][] = [];
const outputs: Rolldown.RolldownOutput[] = Array.isArray(out) ? out : 'output' in out ? [out] : [];
if (outputs.length === 0) throw new Error('the build returned no output');
for (const output of outputs) {
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

const pad = (value: number, width: number): string => String(value).padStart(width);
for (const [owner, modules] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const rows = [...modules].sort((a, b) => b[1].gz - a[1].gz);
  const total = rows.reduce((sum, [, { gz }]) => sum + gz, 0);
  console.log(`\n${owner}: ~${total} gz (modules gzipped one by one)`);
  for (const [label, { min, gz }] of rows) console.log(`${pad(gz, 7)} gz ${pad(min, 8)} min  ${label}`);
}
console.log('\nchunks (gzip level 9, whole files):');
for (const [name, gz, isEntry] of chunks.sort((a, b) => b[1] - a[1]))
  console.log(`${pad(gz, 7)} gz  ${name}${isEntry ? '  (entry)' : ''}`);
