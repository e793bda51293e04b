/**
 * The settings window's Data section: open the data folder, export settings or history to a file,
 * back up everything in one file.
 */
import { buildBackup, serializeBackup } from '../core/backup/backup';
import { historyToCsv } from '../core/history/export';
import type { ExportKind } from '../core/ipc/contract';
import type { HandlerTable } from '../core/ipc/dispatch';
import type { Clock } from '../core/ports';
import type { Settings } from '../core/settings/schema';
import type { DesktopPort } from '../core/shell-ports';
import type { HistoryLog } from '../services/history-log';

export interface DataFeatureDeps {
  readonly userDataDir: string;
  readonly clock: Clock;
  readonly desktop: DesktopPort;
  readonly settings: { get(): Settings };
  readonly history: Pick<HistoryLog, 'readAll'>;
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
  { settings, history, clock }: Pick<DataFeatureDeps, 'settings' | 'history' | 'clock'>,
): Promise<{ name: string; text: string }> {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: clock.timeZone() }).format(new Date(clock.now()));
  if (kind === 'settings-json') {
    return { name: `unknot-settings-${date}.json`, text: `${JSON.stringify(settings.get(), null, 2)}\n` };
  }
  const { records } = await history.readAll();
  if (kind === 'backup') {
    const text = serializeBackup(buildBackup(settings.get(), records, clock.now()));
    return { name: `unknot-backup-${date}.json`, text };
  }
  if (kind === 'history-csv') return { name: `unknot-history-${date}.csv`, text: historyToCsv(records) };
  return { name: `unknot-history-${date}.json`, text: `${JSON.stringify(records, null, 2)}\n` };
}
