// Makes the copied-text check work without the article. Given the article's path, it writes
// tests/support/article-fingerprint.json: the hashes of the article's normalised 8-word runs, never
// its words, so the repository stays self-contained and holds no copy of the text.
//   node scripts/article-fingerprint.mjs <path/to/article.txt>
// The normaliser and the hash are exported: the unit test splits the app's texts with the same ones.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Words per run: a shared run this long is a copied phrase, not a common expression. */
export const RUN_WORDS = 8;
export const FINGERPRINT_FILE = resolve(import.meta.dirname, '../tests/support/article-fingerprint.json');

/** Case, curly quotes and punctuation never hide a copy. */
export function normalisedWords(text) {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

export function runs(text) {
  const list = normalisedWords(text);
  const out = [];
  for (let i = 0; i + RUN_WORDS <= list.length; i += 1) out.push(list.slice(i, i + RUN_WORDS).join(' '));
  return out;
}

/** 64 bits of SHA-256: collisions among a few thousand runs are negligible, and it cannot be read back. */
export function runHash(run) {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}

export function fingerprint(text) {
  const hashes = [...new Set(runs(text).map(runHash))].sort();
  return { runWords: RUN_WORDS, hash: 'sha256/64', runs: hashes.length, hashes };
}

/** The runs of `text` whose hash is in the fingerprint. */
export function copiedRuns(text, print) {
  const known = new Set(print.hashes);
  return runs(text).filter((run) => known.has(runHash(run)));
}

function main() {
  const article = process.argv[2];
  if (!article) {
    console.error('usage: node scripts/article-fingerprint.mjs <path/to/article.txt>');
    process.exit(2);
  }
  const print = fingerprint(readFileSync(article, 'utf8'));
  writeFileSync(FINGERPRINT_FILE, `${JSON.stringify(print, null, 2)}\n`);
  console.log(`wrote ${print.runs} run hashes to ${FINGERPRINT_FILE}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
