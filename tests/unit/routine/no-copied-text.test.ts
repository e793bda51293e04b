/**
 * Unknot's words are our own: no run of 8 words from any text we show may appear in the source
 * article. The article is read from the shared folder, next to the repository.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../main/core/routine/catalog';
import { HELP } from '../../../main/core/routine/help';

const RUN = 8;
const ARTICLE = readFileSync(
  new URL('../../../../shared/source/upper-back-sore-after-sleeping.txt', import.meta.url),
  'utf8',
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

function runs(text: string): string[] {
  const list = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= list.length; i += 1) out.push(list.slice(i, i + RUN).join(' '));
  return out;
}

const articleRuns = new Set(runs(ARTICLE));

/** Every string anywhere in the value: titles, cues, cautions, questions, labels, descriptions. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allStrings);
  return [];
}

function copiedRuns(text: string): string[] {
  return runs(text).filter((run) => articleRuns.has(run));
}

describe('no copied article text', () => {
  it('finds the article and splits it into runs', () => {
    expect(ARTICLE).toContain('upper back sore after sleeping');
    expect(articleRuns.size).toBeGreaterThan(400);
  });

  it('the check catches a copied sentence, even with different case and punctuation', () => {
    expect(copiedRuns('Tip: SLEEPING on your back, with a bolster under your knees, helps.')).not.toEqual([]);
    expect(copiedRuns('Lie on your back and tuck a pillow under your knees.')).toEqual([]);
  });

  it('no step, preset, breathing pattern or help text repeats 8 words of the article', () => {
    const texts = [...allStrings(CATALOG), ...allStrings(HELP)];
    expect(texts.length).toBeGreaterThan(100);
    const copied = texts.flatMap((text) => copiedRuns(text).map((run) => `${run}  <-  ${text}`));
    expect(copied).toEqual([]);
  });
});
