/**
 * Main's messages in every language, bundled with main (it is one Node file and small): the tray,
 * notifications and exports switch language the moment the setting changes, with nothing to load.
 * The history's sentences, the one-page report's and the restore's words are namespaces of their
 * own (`insights`, `report`, `restore`).
 */
import de from './de/main';
import deInsights from './de/insights';
import deReport from './de/report';
import deRestore from './de/restore';
import en from './en/main';
import enInsights from './en/insights';
import enReport from './en/report';
import enRestore from './en/restore';
import es from './es/main';
import esInsights from './es/insights';
import esReport from './es/report';
import esRestore from './es/restore';
import { PSEUDO_LOCALE, type MessageLocale } from './language-setting';
import { messagesOf, type Catalog, type Messages, type TranslationOf } from './messages';
import { pseudoCatalog } from './pseudo';

export type ReportMessages = Messages<typeof enReport>;
export type RestoreWords = Messages<typeof enRestore>;
export type InsightWords = Messages<typeof enInsights>;
export type MainMessages = Messages<typeof en> & {
  readonly report: ReportMessages;
  readonly restore: RestoreWords;
  readonly insights: InsightWords;
};

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
    restore: catalogOf(locale, enRestore, { de: deRestore, es: esRestore }),
    insights: catalogOf(locale, enInsights, { de: deInsights, es: esInsights }),
  };
}
