import type { HandlerTable } from '../core/ipc/dispatch';
import { mainMessages, type MainMessages } from '../core/locale/main-messages';
import { chooseLocale, type MessageLocale } from '../core/locale/language-setting';
import type { LocalePort } from '../core/locale/port';
import type { Settings } from '../core/settings/schema';

export interface LanguageFeature {
  readonly handlers: Pick<HandlerTable, 'getPreferredLanguages'>;
  /** Main's words in the language the settings ask for (read at the moment they are shown). */
  words(): MainMessages;
  /** The language those words are in (dates and times are written in it, with the region's clock). */
  current(): MessageLocale;
  /** The first settings listener: the others render their text after the language is known. */
  applySettings(settings: Settings): void;
}

/**
 * The language main speaks: the setting, or the system's preferred languages for "System". The
 * tray and notifications ask `words()` whenever they render, so a saved change reaches them at
 * once; each window resolves the same setting itself (the settingsChanged push).
 */
export function createLanguageFeature(locale: LocalePort): LanguageFeature {
  // Until the settings load, "System" (the default); read lazily, once the locale is known.
  let current: MessageLocale | null = null;
  let words: MainMessages | null = null;
  const resolved = (): MessageLocale => (current ??= chooseLocale('system', locale.preferredLanguages()));
  return {
    handlers: { getPreferredLanguages: () => locale.preferredLanguages() },
    words: () => (words ??= mainMessages(resolved())),
    current: resolved,
    applySettings(settings) {
      const next = chooseLocale(settings.general.language, locale.preferredLanguages());
      if (next === current) return;
      current = next;
      words = mainMessages(next);
    },
  };
}
