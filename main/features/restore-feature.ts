/**
 * "Restore from a backup…" in Settings → Your data, in two calls so the person sees what a file
 * holds before anything changes: chooseBackup opens, reads and checks the whole file and answers
 * with its summary and a token; restoreBackup(token) then writes a safety copy of the current data,
 * appends the history the current one lacks, and replaces the settings through the settings
 * feature (so reminders re-arm and every window hears of it). A refused file changes nothing.
 */
import { buildBackup, BACKUP_LIMITS, serializeBackup } from '../core/backup/backup';
import {
  mergeHistory,
  readBackup,
  restoreMessages,
  summarizeBackup,
  type RestorableBackup,
} from '../core/backup/restore';
import type { BackupPreview, RestoreOutcome, SettingsState } from '../core/ipc/contract';
import type { HandlerTable } from '../core/ipc/dispatch';
import type { RestoreWords } from '../core/locale/main-messages';
import { HandlerRejection } from '../core/ipc/result';
import type { Clock, Logger } from '../core/ports';
import type { Settings } from '../core/settings/schema';
import type { DesktopPort } from '../core/shell-ports';
import { saveFailureMessage } from '../core/storage-faults';
import type { HistoryLog } from '../services/history-log';
import type { SafetyCopies } from '../services/safety-copies';
import type { SettingsFeature } from './settings-feature';

export interface RestoreFeatureDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly desktop: Pick<DesktopPort, 'openTextFile'>;
  readonly settings: Pick<SettingsFeature, 'replace' | 'current'>;
  readonly history: Pick<HistoryLog, 'readAll' | 'appendAll'>;
  /** Sends the rebuilt history view to every window. */
  readonly publishHistory: () => Promise<unknown>;
  readonly safetyCopies: SafetyCopies;
  /** The restore's words in the language setting (the language feature's). */
  readonly words: () => RestoreWords;
  /** The date words' locale; undefined: the system's. */
  readonly locale?: string;
}

export interface RestoreFeature {
  readonly handlers: Pick<HandlerTable, 'chooseBackup' | 'restoreBackup'>;
}

/** The last part of a path, whichever separator the system uses. */
const baseName = (path: string): string => path.split(/[\\/]/).at(-1) ?? path;

const refused = (message: string): BackupPreview => ({ kind: 'refused', message });

export function createRestoreFeature(deps: RestoreFeatureDeps): RestoreFeature {
  const { clock, logger } = deps;
  // The one backup shown and not yet confirmed; choosing another file or restoring clears it.
  let pending: { readonly token: string; readonly backup: RestorableBackup } | null = null;

  async function choose(): Promise<BackupPreview> {
    pending = null;
    const words = deps.words();
    const messages = restoreMessages(words);
    if (deps.settings.current().readOnly) return refused(messages.readOnly);
    // The open dialog's file-type label.
    const file = await deps.desktop.openTextFile(BACKUP_LIMITS.maxBytes, words.fileType());
    if (file === null) return { kind: 'cancelled' };
    if (file.text === null) return refused(messages.tooLarge(BACKUP_LIMITS));
    const read = readBackup(file.text, messages);
    if (!read.ok) return refused(read.error);
    const token = crypto.randomUUID();
    pending = { token, backup: read.value };
    const summary = summarizeBackup(read.value, {
      locale: deps.locale,
      timeZone: clock.timeZone(),
      nowMs: clock.now(),
      words,
    });
    return { kind: 'ready', token, fileName: baseName(file.path), summary };
  }

  async function restore(backup: RestorableBackup): Promise<RestoreOutcome> {
    const messages = restoreMessages(deps.words());
    const before = deps.settings.current();
    if (before.readOnly) throw new HandlerRejection(messages.readOnly);
    const { records } = await deps.history.readAll();
    let safetyCopy: string;
    try {
      const text = serializeBackup(buildBackup(before.settings, records, clock.now()));
      safetyCopy = await deps.safetyCopies.write(text, clock.now());
    } catch (error) {
      logger.error('could not write the safety copy before a restore', error);
      throw new HandlerRejection(messages.safetyCopyFailed(saveFailureMessage(error)));
    }
    const add = mergeHistory(records, backup.history);
    try {
      await deps.history.appendAll(add);
    } catch (error) {
      logger.error('could not append the restored history', error);
      throw new HandlerRejection(messages.historyFailed(safetyCopy, saveFailureMessage(error)));
    }
    const refresh = (): Promise<void> =>
      add.length === 0
        ? Promise.resolve()
        : deps.publishHistory().then(
            () => undefined,
            (error: unknown) => logger.warn('could not refresh the history view after a restore', error),
          );
    let state: SettingsState;
    try {
      state = await deps.settings.replace(restoredSettings(backup.settings));
    } catch (error) {
      logger.error('could not replace the settings from a backup', error);
      await refresh();
      // The settings feature words its own refusals (read-only, invalid); a failed write is named here.
      const reason = error instanceof HandlerRejection ? error.message : saveFailureMessage(error);
      throw new HandlerRejection(messages.settingsFailed(add.length, safetyCopy, reason));
    }
    await refresh();
    logger.info('restored a backup', { added: add.length, safetyCopy });
    return {
      message: messages.restored(add.length, safetyCopy),
      safetyCopy,
      added: add.length,
      state,
    };
  }

  return {
    handlers: {
      chooseBackup: choose,
      restoreBackup: (token) => {
        const chosen = pending;
        if (chosen === null || chosen.token !== token) {
          throw new HandlerRejection(restoreMessages(deps.words()).stale);
        }
        // Taken at once: a second click restores nothing twice.
        pending = null;
        return restore(chosen.backup);
      },
    },
  };
}

/** Whoever restores from Settings is past the welcome, whatever the backup's copy says. */
function restoredSettings(settings: Settings): Settings {
  return { ...settings, general: { ...settings.general, firstRunDone: true } };
}
