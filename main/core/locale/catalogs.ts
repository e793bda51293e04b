/**
 * The renderer's catalogs, one file per view's namespace and language, each loaded on its own
 * (a dynamic import is a chunk of its own): a window fetches the namespaces of its view in the
 * active language only. Add a namespace here and in each language folder; the types refuse a
 * language without it.
 */
import type common from './en/common';
import type history from './en/history';
import type prompt from './en/prompt';
import type routine from './en/routine';
import type settings from './en/settings';
import type welcome from './en/welcome';
import type { Language } from './language';
import { PSEUDO_LOCALE, type MessageLocale } from './language-setting';
import { messagesOf, type Messages, type TranslationOf } from './messages';

/** Each namespace's English source catalog (the type every translation follows). */
export interface EnglishCatalogs {
  readonly common: typeof common;
  readonly routine: typeof routine;
  readonly settings: typeof settings;
  readonly welcome: typeof welcome;
  readonly prompt: typeof prompt;
  readonly history: typeof history;
}
export type Namespace = keyof EnglishCatalogs;
export type NamespaceMessages<N extends Namespace> = Messages<EnglishCatalogs[N]>;

type Loaders = {
  readonly [N in Namespace]: Readonly<
    Record<Language, () => Promise<{ default: TranslationOf<EnglishCatalogs[N]> }>>
  >;
};

const LOADERS: Loaders = {
  common: {
    en: () => import('./en/common'),
    de: () => import('./de/common'),
    es: () => import('./es/common'),
  },
  routine: {
    en: () => import('./en/routine'),
    de: () => import('./de/routine'),
    es: () => import('./es/routine'),
  },
  settings: {
    en: () => import('./en/settings'),
    de: () => import('./de/settings'),
    es: () => import('./es/settings'),
  },
  welcome: {
    en: () => import('./en/welcome'),
    de: () => import('./de/welcome'),
    es: () => import('./es/welcome'),
  },
  prompt: {
    en: () => import('./en/prompt'),
    de: () => import('./de/prompt'),
    es: () => import('./es/prompt'),
  },
  history: {
    en: () => import('./en/history'),
    de: () => import('./de/history'),
    es: () => import('./es/history'),
  },
};

/** The message functions of one namespace in `locale` (the pseudo-locale is made from English). */
export async function loadMessages<N extends Namespace>(
  namespace: N,
  locale: MessageLocale,
): Promise<NamespaceMessages<N>> {
  const loaders = LOADERS[namespace] as Loaders[N];
  const catalog =
    locale === PSEUDO_LOCALE
      ? (await import('./pseudo')).pseudoCatalog((await loaders.en()).default)
      : (await loaders[locale]()).default;
  return messagesOf<EnglishCatalogs[N]>(locale, catalog);
}
