/**
 * Loads one language's translation of the routine's content. Each language lives in its own
 * module behind import(), so a bundle carries only the language it shows.
 */
import { SOURCE_LANGUAGE, type Language, type TranslatedLanguage } from '../../locale/language';
import type { RoutineTranslation } from './routine-texts';

const LOADERS: Readonly<Record<TranslatedLanguage, () => Promise<RoutineTranslation>>> = {
  de: async () => (await import('./de')).DE,
  es: async () => (await import('./es')).ES,
};

/** null for English: the content is written in it, so there is nothing to swap. */
export async function loadRoutineTranslation(language: Language): Promise<RoutineTranslation | null> {
  return language === SOURCE_LANGUAGE ? null : LOADERS[language]();
}
