import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILT = resolve(import.meta.dirname, '../../../out/renderer');
const BUILT_HTML = resolve(BUILT, 'index.html');

/** The built chunks, by file name (below assets/). */
function builtChunks(): Map<string, string> {
  const dir = resolve(BUILT, 'assets');
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [name, readFileSync(resolve(dir, name), 'utf8')]),
  );
}

/** The chunks a chunk imports statically (`import … from "./x.js"` and `import "./x.js"`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g)].map(
    (m) => m[1] ?? '',
  );
}

describe('the built renderer (the last `electron-vite build`)', () => {
  it.skipIf(!existsSync(BUILT_HTML))(
    'index.html preloads every chunk the first chunk imports, so none waits for it to be parsed',
    () => {
      const html = readFileSync(BUILT_HTML, 'utf8');
      const entry = /<script type="module"[^>]*src="\.\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
      expect(entry).toBeDefined();
      const code = builtChunks().get(entry ?? '') ?? '';
      const imports = staticImports(code);
      expect(imports.length).toBeGreaterThan(0);
      const preloaded = [
        ...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/assets\/([\w.-]+\.js)"/g),
      ].map((m) => m[1]);
      expect(preloaded.sort()).toEqual([...new Set(imports)].sort());
    },
  );

  it.skipIf(!existsSync(BUILT_HTML))(
    "no chunk carries Vite's preload machinery (nothing is ever preloaded from JS)",
    () => {
      for (const [name, code] of builtChunks()) {
        expect(code, name).not.toMatch(/relList|modulepreload|vite:preloadError|csp-nonce/);
      }
    },
  );
});
