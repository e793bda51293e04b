import { getContext, setContext } from 'svelte';
import type { SettingsState } from '$core/ipc/contract';
import type { Theme } from '$core/settings/vocabulary';
import { getApi } from '../api';

const KEY = Symbol('app-settings');

/**
 * The saved settings as every view sees them: loaded once, then kept current by main's
 * settingsChanged push (a save in the settings window reaches an open routine window too).
 */
export class AppSettings {
  state = $state<SettingsState | null>(null);
  loadError = $state<string | null>(null);

  get theme(): Theme {
    return this.state?.settings.general.theme ?? 'system';
  }

  async load(): Promise<void> {
    const result = await getApi().getSettings();
    if (result.ok) this.state = result.value;
    else this.loadError = result.error.message;
  }

  /** Follows main's pushes; returns the unsubscribe. */
  follow(): () => void {
    return getApi().onSettingsChanged((next) => {
      this.state = next;
    });
  }

  /** For a save made here: take main's answer as the new truth. */
  accept(next: SettingsState): void {
    this.state = next;
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
