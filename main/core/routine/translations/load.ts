/**
 * Loads one language's translation of the routine's content. Each language lives in its own
 * modules behind import(), so a bundle carries only the language it shows: the few words a window
 * shows first (<lang>-words.ts) and the whole translation (help, safety) when needed; the pictures'
 * words load with the figure (load-figure.ts).
 */
import type { TranslatedLanguage } from '../../locale/language';
import { translationOf, type MessageLocale } from '../../locale/language-setting';
import type { RoutineTranslation, RoutineWords } from './routine-texts';

const LOADERS: Readonly<Record<TranslatedLanguage, () => Promise<RoutineTranslation>>> = {
  de: async () => (await import('./de')).DE,
  es: async () => (await import('./es')).ES,
};

const WORD_LOADERS: Readonly<Record<TranslatedLanguage, () => Promise<RoutineWords>>> = {
  de: async () => (await import('./de-words')).DE_WORDS,
  es: async () => (await import('./es-words')).ES_WORDS,
};

/**
 * null for English: the content is written in it, so there is nothing to swap. The pseudo-locale
 * shows the English content too (it finds UI text left out of the catalogs, not content).
 */
export async function loadRoutineTranslation(locale: MessageLocale): Promise<RoutineTranslation | null> {
  const language = translationOf(locale);
  return language === null ? null : LOADERS[language]();
}

/** The words a window shows first, in the same language; null for English. */
export async function loadRoutineWords(locale: MessageLocale): Promise<RoutineWords | null> {
  const language = translationOf(locale);
  return language === null ? null : WORD_LOADERS[language]();
}
