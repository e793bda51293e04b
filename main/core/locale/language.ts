/**
 * The languages Unknot speaks. English is the source every other language is translated from;
 * settings, history and files stay language-free, so only what is shown depends on this.
 */
export const LANGUAGES = ['en', 'de', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** English is written in the content modules themselves; the others are translations of it. */
export const SOURCE_LANGUAGE = 'en' satisfies Language;
export type TranslatedLanguage = Exclude<Language, typeof SOURCE_LANGUAGE>;
