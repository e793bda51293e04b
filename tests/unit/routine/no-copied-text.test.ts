/**
 * Unknot's words are our own: no run of 8 words from any text we show may appear in the source
 * article. The article itself is not in the repository: the check runs against the committed
 * fingerprint of its runs (scripts/article-fingerprint.mjs made it, with the same normaliser).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_FILE,
  RUN_WORDS,
  copiedRuns,
  fingerprint,
  runHash,
  type Fingerprint,
} from '../../../scripts/article-fingerprint.mjs';
import { CATALOG } from '../../../main/core/routine/catalog';
import { HELP } from '../../../main/core/routine/help';
import { PLAN_MESSAGES } from '../../../main/core/routine/plan-messages';
import { BREATHING_SAFETY, HEAT_COLD_SAFETY, STRETCHING_SAFETY } from '../../../main/core/routine/safety';
import { ARTICLE_STATEMENTS } from '../../../main/core/routine/sources';

const ARTICLE: Fingerprint = JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8'));
/** How many distinct 8-word runs the article has; a regenerated fingerprint must still hold them all. */
const ARTICLE_RUNS = 546;

/** Every string anywhere in the value: titles, cues, cautions, questions, labels, descriptions. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allStrings);
  return [];
}

describe('no copied article text', () => {
  it('the committed fingerprint holds every run of the article as a hash, and no words', () => {
    expect(ARTICLE.runWords).toBe(RUN_WORDS);
    expect(ARTICLE.runs).toBe(ARTICLE_RUNS);
    expect(new Set(ARTICLE.hashes).size).toBe(ARTICLE_RUNS);
    for (const hash of ARTICLE.hashes) expect(hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('the check catches a copied sentence, even with different case and punctuation', () => {
    expect(
      copiedRuns('Tip: SLEEPING on your back, with a bolster under your knees, helps.', ARTICLE),
    ).not.toEqual([]);
    expect(copiedRuns('Lie on your back and tuck a pillow under your knees.', ARTICLE)).toEqual([]);
  });

  it('the detector finds a planted copy and nothing else', () => {
    const planted = fingerprint(
      'The quiet heron waits beside the cold river until the morning light returns.',
    );
    expect(planted.runs).toBe(6);
    expect(copiedRuns('Note — the QUIET heron waits, beside the cold river until dawn.', planted)).toEqual([
      'the quiet heron waits beside the cold river',
      'quiet heron waits beside the cold river until',
    ]);
    expect(copiedRuns('The quiet heron waits beside a cold river.', planted)).toEqual([]);
    expect(planted.hashes).toContain(runHash('the cold river until the morning light returns'));
  });

  it('no step, preset, breathing pattern, help, safety or plan text repeats 8 words of the article', () => {
    const texts = [
      ...allStrings(CATALOG),
      ...allStrings(HELP),
      ...allStrings([BREATHING_SAFETY, HEAT_COLD_SAFETY, STRETCHING_SAFETY]),
      ...allStrings(ARTICLE_STATEMENTS),
      ...allStrings(PLAN_MESSAGES),
    ];
    expect(texts.length).toBeGreaterThan(100);
    const copied = texts.flatMap((text) => copiedRuns(text, ARTICLE).map((run) => `${run}  <-  ${text}`));
    expect(copied).toEqual([]);
  });
});
