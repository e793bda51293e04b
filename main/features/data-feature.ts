/**
 * The settings window's Data section: open the data folder, export settings or history to a file,
 * back up everything in one file; and the Routine section's exercise-pack export, through the same
 * save dialog.
 */
import { buildBackup, serializeBackup } from '../core/backup/backup';
import { historyToCsv } from '../core/history/export';
import { localDateOf } from '../core/history/local-date';
import type { ExportKind } from '../core/ipc/contract';
import type { HandlerTable } from '../core/ipc/dispatch';
import type { Clock } from '../core/ports';
import type { Settings } from '../core/settings/schema';
import type { DesktopPort } from '../core/shell-ports';
import type { HistoryLog } from '../services/history-log';
import { HandlerRejection } from '../core/ipc/result';
import { exercisePackText, PACK_MESSAGES } from '../core/routine/exercise-pack';
import { exercisesToShare } from '../core/routine/own-steps-edit';

export interface DataFeatureDeps {
  readonly userDataDir: string;
  readonly clock: Clock;
  readonly desktop: DesktopPort;
  readonly settings: { get(): Settings };
  readonly history: Pick<HistoryLog, 'readAll'>;
  /** The CSV's header row in the current language. */
  readonly csvHeader: () => string;
}

export interface DataFeature {
  readonly handlers: Pick<HandlerTable, 'openDataFolder' | 'exportData'>;
}

export function createDataFeature(deps: DataFeatureDeps): DataFeature {
  return {
    handlers: {
      openDataFolder: async () => {
        await deps.desktop.openFolder(deps.userDataDir);
        return null;
      },
      exportData: async (kind) => {
        const { name, text } = await exportText(kind, deps);
        return { savedTo: await deps.desktop.saveTextFile(name, text) };
      },
    },
  };
}

/** The file name and contents for one export; names carry the local date so exports don't clash. */
async function exportText(
  kind: ExportKind,
  {
    settings,
    history,
    clock,
    csvHeader,
  }: Pick<DataFeatureDeps, 'settings' | 'history' | 'clock' | 'csvHeader'>,
): Promise<{ name: string; text: string }> {
  // Temporal, not Intl: a fixed-offset fallback zone such as "+05:30" is one only Temporal accepts.
  const date = localDateOf(clock.now(), clock.timeZone());
  if (kind === 'settings-json') {
    return { name: `unknot-settings-${date}.json`, text: `${JSON.stringify(settings.get(), null, 2)}\n` };
  }
  if (kind === 'exercise-pack') {
    const exercises = exercisesToShare(settings.get().routine);
    if (exercises.length === 0) throw new HandlerRejection(PACK_MESSAGES.nothingToExport);
    return { name: `unknot-exercises-${date}.json`, text: exercisePackText(exercises) };
  }
  const { records } = await history.readAll();
  if (kind === 'backup') {
    const text = serializeBackup(buildBackup(settings.get(), records, clock.now()));
    return { name: `unknot-backup-${date}.json`, text };
  }
  if (kind === 'history-csv')
    return { name: `unknot-history-${date}.csv`, text: historyToCsv(records, csvHeader()) };
  return { name: `unknot-history-${date}.json`, text: `${JSON.stringify(records, null, 2)}\n` };
}
