import { HandlerRejection } from '../core/ipc/result';
import { applyPatch, defaultSettings, SettingsReadOnlyError, SettingsValidationError, type Settings } from '../core/settings';
import type { SettingsState } from '../core/ipc/contract';
import type { SettingsNotice } from '../core/settings';
import type { SettingsStore } from '../services/settings-store';

export interface SettingsFeature {
  load(): Promise<SettingsState>;
  state(): SettingsState;
  /** Validates the patch against the current settings, saves durably, then applies it. */
  save(patch: unknown): Promise<SettingsState>;
  /** Like save, with the patch made from the settings as they are once earlier changes are done. */
  update(change: (current: Settings) => unknown): Promise<SettingsState>;
  reset(): Promise<SettingsState>;
  dismissNotice(): SettingsState;
}

/**
 * Settings as the app uses them: every change goes through applyPatch (which rejects unknown keys
 * and invalid values) and the durable store; `onApplied` runs before the save call returns, so the
 * reminder is re-armed and the tray updated by the time the window hears "saved".
 */
export function createSettingsFeature(store: SettingsStore, onApplied: (settings: Settings) => void): SettingsFeature {
  let readOnly = false;
  let notice: SettingsNotice | null = null;
  const state = (): SettingsState => ({ settings: store.get(), readOnly, notice });
  // Changes run one at a time: each patch must apply to the result of the one before it, or two
  // quick edits of different fields would each start from the same old settings and one be lost.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const persist = async (next: unknown): Promise<SettingsState> => {
    try {
      const saved = await store.save(next);
      onApplied(saved);
      return state();
    } catch (error) {
      if (error instanceof SettingsValidationError) throw new HandlerRejection('Those settings are not valid.', error.issues);
      if (error instanceof SettingsReadOnlyError) throw new HandlerRejection(error.message);
      throw error;
    }
  };

  function update(change: (current: Settings) => unknown): Promise<SettingsState> {
    return exclusive(async () => {
      const next = applyPatch(store.get(), change(store.get()));
      if (!next.ok) throw new HandlerRejection('Those settings are not valid.', next.issues);
      return persist(next.value);
    });
  }

  return {
    async load() {
      const result = await store.load();
      readOnly = result.readOnly;
      notice = result.notice;
      onApplied(result.settings);
      return state();
    },
    state,
    save: (patch) => update(() => patch),
    update,
    reset: () =>
      exclusive(async () => {
        // Keep the welcome from showing again: resetting is not a first run.
        const defaults = defaultSettings();
        defaults.general.firstRunDone = true;
        // Exercises people wrote themselves are their work, not a setting: kept, switched off.
        defaults.routine.ownSteps = store.get().routine.ownSteps;
        return persist(defaults);
      }),
    dismissNotice() {
      notice = null;
      return state();
    },
  };
}
