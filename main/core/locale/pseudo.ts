/**
 * The development pseudo-locale's text, generated from English: a module of its own, loaded only
 * when the pseudo-locale is chosen, so no window that speaks a real language pays for it.
 */
import type { Catalog, TranslationOf } from './messages';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ'].map((c, i) => [
    c,
    [...'åƀçđéĝĥîķļñöŕšţûŵýžÅƁÇĐÉĜĤÎĶĻÑÖŔŠŢÛŴÝŽ'][i] ?? c,
  ]),
);
/** Placeholders ("{count}") and plural forms' separators stay as they are; only text is accented. */
const PLACEHOLDER = /(\{[^{}]*\})/;

/** "Start now" -> "[Šţåŕţ ñöŵ ·····]": accented, ~40 % longer, bracketed so a cut-off end shows. */
export function pseudoText(text: string): string {
  const accented = text
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  return `[${accented} ${'·'.repeat(Math.max(1, Math.round(text.length * 0.4) - 3))}]`;
}

/** The pseudo-locale's catalog, generated from English (never written by hand). */
export function pseudoCatalog<T extends Catalog>(english: T): TranslationOf<T> {
  return Object.fromEntries(
    Object.entries(english).map(([key, text]) => [key, pseudoText(text)]),
  ) as TranslationOf<T>;
}
