import { getContext, setContext } from 'svelte';
import type { SettingsState } from '$core/ipc/contract';
import type { IpcResult } from '$core/ipc/result';
import { displayLocale, FALLBACK_LOCALE, type IsoWeekday, type RegionalFormat } from '$core/locale/region';
import type { SettingsPatch } from '$core/settings/schema';
import type { Theme } from '$core/settings/vocabulary';
import type { UnknotApi } from '../api';

const KEY = Symbol('app-settings');

/**
 * The saved settings as every view sees them: loaded once, then kept current by main's
 * settingsChanged push (a save in the settings window reaches an open routine window too).
 * Every save, reset and notice dismissal goes through here, so main's answer becomes the truth.
 */
export class AppSettings {
  state = $state<SettingsState | null>(null);
  loadError = $state<string | null>(null);
  /** The system's regional format, from main; null until it answers (or if it cannot). */
  regional = $state<RegionalFormat | null>(null);
  /** The BCP 47 tag of the language the window speaks (the Localizer's; App.svelte keeps it in step). */
  language = $state('en');

  readonly #api: UnknotApi;

  constructor(api: UnknotApi) {
    this.#api = api;
  }

  get theme(): Theme {
    return this.state?.settings.general.theme ?? 'system';
  }

  /** The tag every view writes and reads times and dates in (the UI's words, the region's clock). */
  get locale(): string {
    return this.regional ? displayLocale(this.regional, this.language) : FALLBACK_LOCALE;
  }

  get firstDayOfWeek(): IsoWeekday {
    return this.regional?.firstDayOfWeek ?? 1;
  }

  async load(): Promise<void> {
    // Asked together, and the format kept first: a view drawn from the settings already has it.
    const [result, regional] = await Promise.all([this.#api.getSettings(), this.#api.getRegionalFormat()]);
    if (regional.ok) this.regional = regional.value;
    if (result.ok) this.state = result.value;
    else this.loadError = result.error.message;
  }

  /** Follows main's pushes; returns the unsubscribe. */
  follow(): () => void {
    return this.#api.onSettingsChanged((next) => {
      this.state = next;
    });
  }

  /** Saves a change; main validates it and its answer replaces the settings shown. */
  async save(patch: SettingsPatch): Promise<IpcResult<SettingsState>> {
    return this.#accept(await this.#api.saveSettings(patch));
  }

  async reset(): Promise<IpcResult<SettingsState>> {
    return this.#accept(await this.#api.resetSettings());
  }

  async dismissNotice(): Promise<IpcResult<SettingsState>> {
    return this.#accept(await this.#api.dismissSettingsNotice());
  }

  /** Settings main changed through another channel (an exercise of one's own): its answer is the truth. */
  adopt(state: SettingsState): void {
    this.state = state;
  }

  #accept(result: IpcResult<SettingsState>): IpcResult<SettingsState> {
    if (result.ok) this.state = result.value;
    return result;
  }
}

export function provideAppSettings(settings: AppSettings): void {
  setContext(KEY, settings);
}

export function useAppSettings(): AppSettings {
  const settings = getContext<AppSettings | undefined>(KEY);
  if (!settings) throw new Error('AppSettings was not provided');
  return settings;
}

/** Applies the theme to the document: data-theme overrides the OS preference. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
}
