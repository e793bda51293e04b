/** The languages Unknot speaks; English is the source catalog, the others translate it. */
export type Language = 'en' | 'de' | 'es';
export const LANGUAGES = ['en', 'de', 'es'] as const satisfies readonly Language[];

/** The language to speak when none of the system's preferred languages is one of ours. */
export const FALLBACK_LANGUAGE: Language = 'en';

/** The first of the system's preferred languages (BCP 47 tags, most preferred first) we speak, else English. */
export function resolveLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    const found = LANGUAGES.find((language) => language === primary);
    if (found) return found;
  }
  return FALLBACK_LANGUAGE;
}
