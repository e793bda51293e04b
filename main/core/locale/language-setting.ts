/**
 * The language setting's vocabulary (no runtime imports: the settings schema and the renderer's
 * Settings list both read it).
 */
import { resolveLanguage, SOURCE_LANGUAGE, type Language, type TranslatedLanguage } from './language';

/**
 * The development pseudo-locale: English, accented and about 40 % longer, to find clipped layouts
 * and strings left out of the catalogs. The settings accept it; only development builds list it.
 */
export const PSEUDO_LOCALE = 'pseudo';
export type MessageLocale = Language | typeof PSEUDO_LOCALE;

/** What the language setting holds: follow the system, one of ours, or the pseudo-locale. */
export const LANGUAGE_SETTINGS = ['system', 'en', 'de', 'es', PSEUDO_LOCALE] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** The locale the setting asks for; "system" goes through the system's preferred languages. */
export function chooseLocale(setting: LanguageSetting, preferred: readonly string[]): MessageLocale {
  return setting === 'system' ? resolveLanguage(preferred) : setting;
}

/**
 * The translation a locale shows: null for English, which the content and catalogs are written in,
 * and for the pseudo-locale, which is made from that English.
 */
export function translationOf(locale: MessageLocale): TranslatedLanguage | null {
  return locale === SOURCE_LANGUAGE || locale === PSEUDO_LOCALE ? null : locale;
}

/** The BCP 47 tag for `lang` and Intl: the pseudo-locale is the conventional en-XA. */
export function localeTag(locale: MessageLocale): string {
  return locale === PSEUDO_LOCALE ? 'en-XA' : locale;
}

/** Each language named in itself, as language pickers do (proper names: the same in every catalog). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
};
