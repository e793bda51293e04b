/**
 * The languages Unknot speaks. English is the source every other language is translated from;
 * settings, history and files stay language-free, so only what is shown depends on this.
 */
export const LANGUAGES = ['en', 'de', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** English is written in the content modules themselves; the others are translations of it. */
export const SOURCE_LANGUAGE = 'en' satisfies Language;
export type TranslatedLanguage = Exclude<Language, typeof SOURCE_LANGUAGE>;

/** The language to speak when none of the system's preferred languages is one of ours. */
export const FALLBACK_LANGUAGE: Language = SOURCE_LANGUAGE;

/** The first of the system's preferred languages (BCP 47 tags, most preferred first) we speak, else English. */
export function resolveLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    const found = LANGUAGES.find((language) => language === primary);
    if (found) return found;
  }
  return FALLBACK_LANGUAGE;
}
