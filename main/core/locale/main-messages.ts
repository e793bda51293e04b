/**
 * Main's messages in every language, bundled with main (it is one Node file and small): the tray,
 * notifications and exports switch language the moment the setting changes, with nothing to load.
 * The one-page report's words are a namespace of their own (`report`), built into its model here.
 */
import de from './de/main';
import deReport from './de/report';
import en from './en/main';
import enReport from './en/report';
import es from './es/main';
import esReport from './es/report';
import { PSEUDO_LOCALE, type MessageLocale } from './language-setting';
import { messagesOf, type Catalog, type Messages, type TranslationOf } from './messages';
import { pseudoCatalog } from './pseudo';

export type ReportMessages = Messages<typeof enReport>;
export type MainMessages = Messages<typeof en> & { readonly report: ReportMessages };

function catalogOf<T extends Catalog>(
  locale: MessageLocale,
  english: T,
  translations: Readonly<Record<'de' | 'es', TranslationOf<T>>>,
): Messages<T> {
  if (locale === PSEUDO_LOCALE) return messagesOf<T>(locale, pseudoCatalog(english));
  return messagesOf<T>(locale, locale === 'en' ? english : translations[locale]);
}

export function mainMessages(locale: MessageLocale): MainMessages {
  return {
    ...catalogOf(locale, en, { de, es }),
    report: catalogOf(locale, enReport, { de: deReport, es: esReport }),
  };
}
