import { getContext, setContext } from 'svelte';
import { loadMessages, type Namespace, type NamespaceMessages } from '$core/locale/catalogs';
import { chooseLocale, type LanguageSetting, type MessageLocale } from '$core/locale/language-setting';
import type { UnknotApi } from '../api';

const KEY = Symbol('localizer');

type Loaded = { readonly [N in Namespace]?: NamespaceMessages<N> };

/**
 * The window's messages: the namespaces its view needs, in the language the settings ask for,
 * and nothing else (each language and namespace is a chunk of its own). A language change loads
 * the new catalogs first and then swaps them in at once, so no screen mixes two languages.
 */
export class Localizer {
  #current = $state.raw<{ readonly locale: MessageLocale; readonly messages: Loaded } | null>(null);
  readonly #api: Pick<UnknotApi, 'getPreferredLanguages'>;
  readonly #namespaces: readonly Namespace[];
  #preferred: Promise<readonly string[]> | null = null;
  #wanted = $state<MessageLocale | null>(null);

  constructor(api: Pick<UnknotApi, 'getPreferredLanguages'>, namespaces: readonly Namespace[]) {
    this.#api = api;
    this.#namespaces = namespaces;
    // Asked now, beside the settings, rather than after them: "System" (the default) needs the
    // answer before the first catalog can load, and a window should not wait two round trips.
    void this.#systemLanguages();
  }

  get ready(): boolean {
    return this.#current !== null;
  }

  get locale(): MessageLocale | null {
    return this.#current?.locale ?? null;
  }

  /** The language being loaded (or shown): what else the window speaks can load beside it. */
  get wanted(): MessageLocale | null {
    return this.#wanted;
  }

  /** One namespace's messages; the view renders only once `ready`, so they are there. */
  messages<N extends Namespace>(namespace: N): NamespaceMessages<N> {
    const found = this.#current?.messages[namespace];
    if (!found) throw new Error(`The "${namespace}" messages were not loaded for this view`);
    return found;
  }

  /** Speaks what the setting asks for ("system": the system's preferred languages, asked once). */
  async follow(setting: LanguageSetting): Promise<void> {
    const locale = chooseLocale(setting, setting === 'system' ? await this.#systemLanguages() : []);
    if (locale === this.#wanted) return;
    this.#wanted = locale;
    const loaded = await Promise.all(
      this.#namespaces.map(async (ns) => [ns, await loadMessages(ns, locale)]),
    );
    // A later change may have overtaken this one while its catalogs loaded.
    if (this.#wanted === locale) this.#current = { locale, messages: Object.fromEntries(loaded) as Loaded };
  }

  #systemLanguages(): Promise<readonly string[]> {
    this.#preferred ??= this.#api
      .getPreferredLanguages()
      .then((result) => (result.ok ? result.value : []))
      .catch(() => []);
    return this.#preferred;
  }
}

export function provideLocalizer(localizer: Localizer): void {
  setContext(KEY, localizer);
}

export function useLocalizer(): Localizer {
  const localizer = getContext<Localizer | undefined>(KEY);
  if (!localizer) throw new Error('The Localizer was not provided');
  return localizer;
}
