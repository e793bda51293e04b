/**
 * Fails on user-visible English written straight into a component or into main's tray and
 * notification code instead of coming from a catalog (main/core/locale/<language>/*.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** Proper names, and the key names of KeyboardEvent.key (compared with, never shown). */
const ALLOWED = new Set(['Unknot', 'Enter', 'Escape', 'Tab', 'Home', 'End']);

function svelteFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.svelte'))
    .map((file) =>
      relative(ROOT, join(ROOT, dir, file))
        .split('\\')
        .join('/'),
    );
}

/** `{…}` expressions removed, nested braces included, so only literal markup is left. */
function withoutExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const char of markup) {
    if (char === '{') depth += 1;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}

/** Words a person would read: a run of letters with at least two of them, not an allowed name. */
function englishIn(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z'’]+(?:[\s,.?!…:;-]+[A-Za-z'’]+)*/g) ?? []).filter(
    (words) => !ALLOWED.has(words.trim()),
  );
}

/** String literals inside the markup's `{…}` expressions that read as words: 'Pause', `Move ${x} up`. */
function wordedLiteralsIn(markup: string): string[] {
  return (
    [...markup.matchAll(/(['`])((?:(?!\1)[^\n])*)\1/g)]
      .map((m) => (m[2] ?? '').replace(/\$\{[^}]*\}/g, ' ').replace(/\s+/g, ' '))
      // Words: a capitalised word or two words; not an identifier such as 'ArrowLeft' or 'heat-cold'.
      .filter((text) => /^ ?[A-Z][a-z]+( |$)|[a-z]+ [a-z]+/.test(text))
      .flatMap(englishIn)
  );
}

/** The English text nodes and aria-label/title/placeholder/alt values of a component's markup. */
export function literalsIn(source: string): string[] {
  const markup = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const expressions = [...markup.matchAll(/\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)].map((m) => m[1] ?? '');
  const plain = withoutExpressions(markup);
  const attributes = [
    ...plain.matchAll(/\b(?:aria-label|title|placeholder|alt|legend|label)="([^"]*)"/g),
  ].map((m) => m[1] ?? '');
  const text = plain.replace(/<[^>]*>/g, '\n');
  return [...attributes, ...text.split('\n').flatMap(englishIn), ...expressions.flatMap(wordedLiteralsIn)];
}

describe('no English literal in a component', () => {
  const files = [...svelteFiles('renderer')];

  it.each(files)('%s speaks from the catalogs', (file) => {
    expect(literalsIn(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('finds text nodes and labels, and lets names and expressions through', () => {
    const found = literalsIn(
      '<script>const a = "Hidden";</script><h1>{t.title()}</h1><p>Start now</p>' +
        '<button aria-label="Close it" title={t.x()}>Unknot</button><!-- a comment -->' +
        "<b>{paused ? 'Resume' : t.pause()}</b><i aria-label={`Move ${x} up`} class={a ? 'on' : 'off'}></i>",
    );
    expect(found).toEqual(['Close it', 'Start now', 'Resume', 'Move up']);
  });
});

/** Main's code that puts words in front of the user: the tray and the notifications. */
const MAIN_FILES = [
  'main/core/tray-menu.ts',
  'main/features/reminders-feature.ts',
  'main/features/checkin-feature.ts',
  'main/features/startup.ts',
  'main/core/updates.ts',
];

/** A title, body, label or tooltip given as a string literal with words in it. */
export function mainLiteralsIn(source: string): string[] {
  return [...source.matchAll(/\b(?:title|body|label|tooltip)\s*:\s*(['"`])((?:(?!\1).)*)\1/g)]
    .map((m) => m[2] ?? '')
    .filter((text) => englishIn(text).length > 0);
}

describe("no English literal in main's tray and notifications", () => {
  it.each(MAIN_FILES)('%s takes its words from the main catalog', (file) => {
    expect(mainLiteralsIn(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('finds a worded title and lets the proper name through', () => {
    expect(
      mainLiteralsIn("show({ title: 'Good morning', body: words.x() }); show({ title: 'Unknot' })"),
    ).toEqual(['Good morning']);
  });
});
