import type { SettingsState } from '../core/ipc/contract';
import type { HandlerTable } from '../core/ipc/dispatch';
import { HandlerRejection } from '../core/ipc/result';
import { createSerialQueue } from '../core/serial-queue';
import { applyPatch } from '../core/settings/patch';
import { defaultSettings } from '../core/settings/defaults';
import { SettingsReadOnlyError, noticeHeadline, type SettingsNotice } from '../core/settings/migrations';
import { SettingsValidationError, type Settings, type SettingsPatch } from '../core/settings/schema';
import type { NotifierPort, WindowPort } from '../core/shell-ports';
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
  /** Tells the user once, at start, when the settings came from somewhere other than the file. */
  readonly notifier: NotifierPort;
  /** Set while the system's time zone is unusable and a fixed offset stands in (Clock.timeZoneNotice). */
  readonly timeZoneNotice?: () => string | null;
}

export interface SettingsFeature {
  readonly handlers: Pick<
    HandlerTable,
    'getSettings' | 'saveSettings' | 'resetSettings' | 'dismissSettingsNotice'
  >;
  load(): Promise<SettingsState>;
  /**
   * A change main makes for a feature (an own exercise): the patch is made from the settings as
   * they are once earlier changes are done, then saved like any other change.
   */
  update(change: (current: Settings) => SettingsPatch): Promise<SettingsState>;
  /** Replaces the settings whole (a restored backup), in turn with every other change. */
  replace(settings: Settings): Promise<SettingsState>;
  /** The settings as every window sees them, read-only or not. */
  current(): SettingsState;
  /** After start-up: the welcome on a first run, or the settings window when there is news about the file. */
  greet(): void;
}

/**
 * Settings as the app uses them: every change is merged by applyPatch (the patch was checked at the
 * IPC boundary) and validated by the durable store; the listeners run before the save call returns, so the
 * reminder is re-armed and the tray updated by the time the window hears "saved".
 */
export function createSettingsFeature(deps: SettingsFeatureDeps): SettingsFeature {
  const { store, windows, listeners } = deps;
  let readOnly = false;
  let notice: SettingsNotice | null = null;
  const state = (): SettingsState => ({
    settings: store.get(),
    readOnly,
    notice,
    timeZoneNotice: deps.timeZoneNotice?.() ?? null,
  });
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
          // Exercises people wrote themselves are their work, not a setting: kept, switched off.
          defaults.routine.ownSteps = store.get().routine.ownSteps;
          return persist(defaults);
        }),
      dismissSettingsNotice: () => {
        notice = null;
        return state();
      },
    },
    update: (change) => changes.run(() => persist(applyPatch(store.get(), change(store.get())))),
    replace: (settings) => changes.run(() => persist(settings)),
    current: state,
    async load() {
      const result = await store.load();
      readOnly = result.readOnly;
      notice = result.notice;
      applied(result.settings);
      return state();
    },
    greet() {
      // First launch: a short welcome. A recovered or read-only settings file: tell the user now,
      // once, with a notification and the notice in the settings window.
      if (!store.get().general.firstRunDone && !readOnly) windows.show('welcome');
      else if (notice) {
        deps.notifier.show({
          title: 'Unknot',
          body: noticeHeadline(notice),
          onClick: () => windows.show('settings'),
        });
        windows.show('settings');
      }
    },
  };
}
