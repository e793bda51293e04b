import type { SettingsState } from '../core/ipc/contract';
import type { HandlerTable } from '../core/ipc/dispatch';
import { HandlerRejection } from '../core/ipc/result';
import { createSerialQueue } from '../core/serial-queue';
import { applyPatch } from '../core/settings/patch';
import { defaultSettings } from '../core/settings/defaults';
import { SettingsReadOnlyError, type SettingsNotice } from '../core/settings/migrations';
import { SettingsValidationError, type Settings } from '../core/settings/schema';
import type { WindowPort } from '../core/shell-ports';
import type { SettingsStore } from '../services/settings-store';

/** A part of the app that follows the settings (re-arms, re-renders, syncs the OS). */
export interface SettingsListener {
  applySettings(settings: Settings): void;
}

export interface SettingsFeatureDeps {
  readonly store: SettingsStore;
  readonly windows: Pick<WindowPort, 'show' | 'broadcast'>;
  /** Told, in this order, about the loaded settings and every saved change. */
  readonly listeners: readonly SettingsListener[];
}

export interface SettingsFeature {
  readonly handlers: Pick<
    HandlerTable,
    'getSettings' | 'saveSettings' | 'resetSettings' | 'dismissSettingsNotice'
  >;
  load(): Promise<SettingsState>;
  /** After start-up: the welcome on a first run, or the settings window when there is news about the file. */
  greet(): void;
}

/**
 * Settings as the app uses them: every change is merged by applyPatch (the patch was checked at the
 * IPC boundary) and validated by the durable store; the listeners run before the save call returns, so the
 * reminder is re-armed and the tray updated by the time the window hears "saved".
 */
export function createSettingsFeature({ store, windows, listeners }: SettingsFeatureDeps): SettingsFeature {
  let readOnly = false;
  let notice: SettingsNotice | null = null;
  const state = (): SettingsState => ({ settings: store.get(), readOnly, notice });
  const applied = (settings: Settings): void =>
    listeners.forEach((listener) => listener.applySettings(settings));
  // Changes run one at a time: each patch must apply to the result of the one before it, or two
  // quick edits of different fields would each start from the same old settings and one be lost.
  const changes = createSerialQueue();

  const persist = async (next: unknown): Promise<SettingsState> => {
    try {
      applied(await store.save(next));
    } catch (error) {
      if (error instanceof SettingsValidationError)
        throw new HandlerRejection('Those settings are not valid.', error.issues);
      if (error instanceof SettingsReadOnlyError) throw new HandlerRejection(error.message);
      throw error;
    }
    // Every open window shows the settings, not only the one that saved them.
    windows.broadcast('settingsChanged', state());
    return state();
  };

  return {
    handlers: {
      getSettings: state,
      saveSettings: (patch) =>
        // The patch was checked at the IPC boundary; the store checks the merged settings.
        changes.run(() => persist(applyPatch(store.get(), patch))),
      resetSettings: () =>
        changes.run(async () => {
          // Keep the welcome from showing again: resetting is not a first run.
          const defaults = defaultSettings();
          defaults.general.firstRunDone = true;
          return persist(defaults);
        }),
      dismissSettingsNotice: () => {
        notice = null;
        return state();
      },
    },
    async load() {
      const result = await store.load();
      readOnly = result.readOnly;
      notice = result.notice;
      applied(result.settings);
      return state();
    },
    greet() {
      // First launch: a short welcome. A recovered or read-only settings file: tell the user now.
      if (!store.get().general.firstRunDone && !readOnly) windows.show('welcome');
      else if (notice) windows.show('settings');
    },
  };
}
