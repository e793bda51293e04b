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
import type { TranslatedLanguage } from './language';
import { localeTag, PSEUDO_LOCALE, translationOf, type MessageLocale } from './language-setting';
import { messagesOf, type Catalog, type Messages, type TranslationOf } from './messages';
import { pseudoCatalog } from './pseudo';

export type RestoreWords = Messages<typeof enRestore>;
/** Numbers the sentences state, written with the language's decimal mark. */
export interface Decimals {
  /** One decimal, as people read averages: "4.0" in English, "4,0" in German and Spanish. */
  decimal(value: number): string;
}
export type InsightWords = Messages<typeof enInsights> & Decimals;
export type ReportMessages = Messages<typeof enReport> & Decimals;
export type MainMessages = Messages<typeof en> & {
  readonly report: ReportMessages;
  readonly restore: RestoreWords;
  readonly insights: InsightWords;
};

function catalogOf<T extends Catalog>(
  locale: MessageLocale,
  english: T,
  translations: Readonly<Record<TranslatedLanguage, TranslationOf<T>>>,
): Messages<T> {
  if (locale === PSEUDO_LOCALE) return messagesOf<T>(locale, pseudoCatalog(english));
  const language = translationOf(locale);
  return messagesOf<T>(locale, language === null ? english : translations[language]);
}

/** toFixed's digits (so every language rounds alike), with the language's decimal mark. */
function decimalsIn(locale: MessageLocale): Decimals {
  const mark =
    new Intl.NumberFormat(localeTag(locale)).formatToParts(1.5).find((part) => part.type === 'decimal')
      ?.value ?? '.';
  return { decimal: (value) => value.toFixed(1).replace('.', mark) };
}

export function mainMessages(locale: MessageLocale): MainMessages {
  const decimals = decimalsIn(locale);
  return {
    ...catalogOf(locale, en, { de, es }),
    report: { ...catalogOf(locale, enReport, { de: deReport, es: esReport }), ...decimals },
    restore: catalogOf(locale, enRestore, { de: deRestore, es: esRestore }),
    insights: { ...catalogOf(locale, enInsights, { de: deInsights, es: esInsights }), ...decimals },
  };
}
