/**
 * How a catalog becomes the functions a view calls: typesafe-i18n's runtime formats placeholders
 * ("{count}") and plurals ("{{morning|mornings}}", chosen by Intl.PluralRules for the locale), typed
 * from the English catalog, which is the source every other catalog translates key by key.
 */
import { typesafeI18nObject } from 'typesafe-i18n';
import { localeTag, type MessageLocale } from './language-setting';

/** A catalog: message keys to their text in one language. */
export type Catalog = Readonly<Record<string, string>>;
/** A translation of the English catalog `T`: every key, each a string (placeholders: tests/unit/locale). */
export type TranslationOf<T extends Catalog> = { readonly [K in keyof T]: string };

/**
 * Messages written as code (a string, or a function building one), in any language: the same keys
 * as the English `T`, a string stays a string (other words), a function takes the same values.
 */
export type TranslatedMessages<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K];
};

/** The message functions of a catalog, typed (names, placeholders) from its English source `T`. */
export type Messages<T extends Catalog> = ReturnType<typeof typesafeI18nObject<string, T>>;

/** The message functions for `locale`, from that locale's translation of the English catalog. */
export function messagesOf<T extends Catalog>(locale: MessageLocale, catalog: TranslationOf<T>): Messages<T> {
  // The translation has the source's keys (the type) and placeholders (the catalog test).
  const proxy = typesafeI18nObject(localeTag(locale), catalog as T);
  // A plain object of the functions, not typesafe-i18n's proxy: the proxy answers every property,
  // `then` included, so awaiting it (a catalog loaded asynchronously) would never settle.
  return Object.fromEntries(Object.keys(catalog).map((key) => [key, proxy[key]])) as Messages<T>;
}
