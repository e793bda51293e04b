/**
 * Each language's words stay in their own module, so a bundle carries only the language it
 * shows: nothing but a lazy import() may reach a translation, and no translation reaches another.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../../../main/core/locale/language';

const ROOT = resolve(import.meta.dirname, '../../../../../..');
const TRANSLATED = LANGUAGES.filter((l) => l !== 'en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** Every `from '…/translations/de'` (static) in a file, by language. */
function staticImports(text: string): string[] {
  const found = [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
  return found.filter((spec) =>
    TRANSLATED.some((l) => spec === `./${l}` || spec.endsWith(`/translations/${l}`)),
  );
}

describe('one language per module', () => {
  const files = [...sourceFiles(join(ROOT, 'main')), ...sourceFiles(join(ROOT, 'renderer'))];

  it('has a module per translated language', () => {
    for (const language of TRANSLATED) {
      expect(files.map((f) => relative(ROOT, f))).toContain(`main/core/routine/translations/${language}.ts`);
    }
  });

  it('lets no application module import a translation statically', () => {
    const offenders = files.filter((file) => staticImports(readFileSync(file, 'utf8')).length > 0);
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('loads each translation lazily, through import()', () => {
    const loader = readFileSync(join(ROOT, 'main/core/routine/translations/load.ts'), 'utf8');
    const figureLoader = readFileSync(join(ROOT, 'main/core/routine/translations/load-figure.ts'), 'utf8');
    for (const language of TRANSLATED) {
      expect(loader).toContain(`import('./${language}')`);
      expect(loader).toContain(`import('./${language}-words')`);
      expect(figureLoader).toContain(`import('./${language}-figure')`);
    }
  });

  it('finds a static import where there is one (the check can fail)', () => {
    expect(staticImports("import { DE } from './de';")).toEqual(['./de']);
    expect(staticImports("import { ES } from '$core/routine/translations/es';")).toHaveLength(1);
    expect(staticImports("const m = await import('./de');")).toEqual([]);
  });
});
