/**
 * Main's routine content in every language, bundled with main (one Node file): the plan, the
 * morning loosen-up and the routine editor switch language the moment the setting changes, with
 * nothing to load. A window loads one language at a time through load.ts instead.
 */
import { SOURCE_LANGUAGE } from '../../locale/language';
import { PSEUDO_LOCALE, type MessageLocale } from '../../locale/language-setting';
import { DE } from './de';
import { ES } from './es';
import type { RoutineTranslation } from './routine-texts';

/**
 * null is English, the source. The pseudo-locale's routine content is English too: it exists to
 * find UI text left out of the catalogs and clipped layouts, which the English content shows.
 */
export function bundledRoutineTranslation(locale: MessageLocale): RoutineTranslation | null {
  if (locale === PSEUDO_LOCALE || locale === SOURCE_LANGUAGE) return null;
  return { de: DE, es: ES }[locale];
}
