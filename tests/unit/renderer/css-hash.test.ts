import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import svelteConfig from '../../../svelte.config.js';

const root = resolve(import.meta.dirname, '../../..');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

describe('scoped style class names', () => {
  // The names are short to save bytes; a clash would leak one component's styles into another.
  it('are unique across every component that has styles', () => {
    const cssHash = svelteConfig.compilerOptions?.cssHash;
    if (!cssHash) throw new Error('svelte.config.js has no cssHash');
    const byName = new Map<string, string>();
    for (const filename of svelteFiles(resolve(root, 'renderer'))) {
      const source = readFileSync(filename, 'utf8');
      if (!source.includes('<style')) continue;
      let name = '';
      compile(source, {
        filename,
        generate: 'client',
        cssHash: (input) => (name = cssHash(input)),
      });
      expect(byName.get(name), `${filename} and ${byName.get(name)} share "${name}"`).toBeUndefined();
      byName.set(name, filename);
    }
    expect(byName.size).toBeGreaterThan(20);
  });
});
