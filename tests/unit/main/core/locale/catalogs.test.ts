import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../../../main/core/history/export';
import { LANGUAGES } from '../../../../../main/core/locale/language';
import type { Catalog } from '../../../../../main/core/locale/messages';
import { pseudoText } from '../../../../../main/core/locale/pseudo';

const LOCALE_DIR = join(import.meta.dirname, '../../../../../main/core/locale');
/** Every namespace the English source has, found on disk: a new one is covered without a test edit. */
const NAMESPACES = readdirSync(join(LOCALE_DIR, 'en')).map((file) => file.replace(/\.ts$/, ''));

async function catalog(language: string, namespace: string): Promise<Catalog> {
  const module = (await import(join(LOCALE_DIR, language, `${namespace}.ts`))) as { default: Catalog };
  return module.default;
}

/** "{count}" and "{name:number}" are placeholders; "{{step|steps}}" is a plural form, not one. */
function placeholders(text: string): string[] {
  const withoutPlurals = text.replace(/\{\{[^{}]*\}\}/g, '');
  return [...withoutPlurals.matchAll(/\{([^{}:]+)(?::[^{}]*)?\}/g)].map((m) => m[1] ?? '').sort();
}

describe('the catalogs', () => {
  it('has namespaces to check', () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(['common', 'main', 'routine', 'settings']));
  });

  describe.each(LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
    it.each(NAMESPACES)('translates every key of %s, with the same placeholders', async (namespace) => {
      const english = await catalog('en', namespace);
      const translated = await catalog(language, namespace);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        expect({ key, placeholders: placeholders(translated[key] ?? '') }).toEqual({
          key,
          placeholders: placeholders(text),
        });
        expect(translated[key]?.trim(), `${language}/${namespace}.${key} is empty`).not.toBe('');
      }
    });
  });

  it.each(LANGUAGES)('names every CSV column in %s, in the same order and number', async (language) => {
    const header = (await catalog(language, 'main'))['csvHeader'] ?? '';
    const columns = header.split(',');
    expect(columns).toHaveLength(CSV_COLUMNS.length);
    expect(columns.every((column) => /^[a-z_]+$/.test(column))).toBe(true);
    if (language === 'en') expect(columns).toEqual(CSV_COLUMNS);
  });
});

describe('the pseudo-locale', () => {
  it('accents the text, keeps placeholders and plural forms, and is about 40 % longer', () => {
    const text = 'Your bedtime routine starts in {minutes} {{minute|minutes}}.';
    const pseudo = pseudoText(text);
    expect(pseudo).toMatch(/^\[.*\]$/);
    expect(pseudo).toContain('{minutes}');
    expect(pseudo).toContain('{{minute|minutes}}');
    expect(pseudo).toContain('Ýöûŕ ƀéđţîmé');
    expect(pseudo.length / text.length).toBeGreaterThanOrEqual(1.35);
  });
});
