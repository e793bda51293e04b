/**
 * Loads one language's words for the step pictures (text alternatives, sides): apart from load.ts
 * so only the figure's own chunk carries this loader, as it carries the pictures.
 */
import type { TranslatedLanguage } from '../../locale/language';
import { translationOf, type MessageLocale } from '../../locale/language-setting';
import type { FigureWords } from './routine-texts';

const LOADERS: Readonly<Record<TranslatedLanguage, () => Promise<FigureWords>>> = {
  de: async () => (await import('./de-figure')).DE_FIGURE,
  es: async () => (await import('./es-figure')).ES_FIGURE,
};

/** null for English (and the pseudo-locale, whose content is English too). */
export async function loadFigureWords(locale: MessageLocale): Promise<FigureWords | null> {
  const language = translationOf(locale);
  return language === null ? null : LOADERS[language]();
}
