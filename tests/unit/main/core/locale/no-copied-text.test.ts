/** The English catalogs are our own words too: no run of 8 words from the source article. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_FILE,
  copiedRuns,
  type Fingerprint,
} from '../../../../../scripts/article-fingerprint.mjs';
import type { Catalog } from '../../../../../main/core/locale/messages';

const ARTICLE: Fingerprint = JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8'));
const ENGLISH = join(import.meta.dirname, '../../../../../main/core/locale/en');

describe('no copied article text in the English catalogs', () => {
  it('no message repeats 8 words of the article', async () => {
    const texts: string[] = [];
    for (const file of readdirSync(ENGLISH)) {
      const catalog = ((await import(join(ENGLISH, file))) as { default: Catalog }).default;
      texts.push(...Object.values(catalog));
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.flatMap((text) => copiedRuns(text, ARTICLE).map((run) => `${run}  <-  ${text}`))).toEqual(
      [],
    );
  });
});
