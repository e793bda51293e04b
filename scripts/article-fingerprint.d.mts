// Types for scripts/article-fingerprint.mjs, so the copied-text test shares its normaliser.

export interface Fingerprint {
  readonly runWords: number;
  readonly hash: string;
  readonly runs: number;
  readonly hashes: readonly string[];
}

export const RUN_WORDS: number;
export const FINGERPRINT_FILE: string;
export function normalisedWords(text: string): string[];
export function runs(text: string): string[];
export function runHash(run: string): string;
export function fingerprint(text: string): Fingerprint;
export function copiedRuns(text: string, print: Fingerprint): string[];
