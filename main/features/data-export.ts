import type { ExportKind } from '../core/ipc/contract';
import { historyToCsv } from '../core/history/export';
import { localDateOf } from '../core/history/local-date';
import type { Clock } from '../core/ports';
import type { Settings } from '../core/settings';
import type { HistoryLog } from '../services/history-log';

/** The file name and contents for one export; names carry the local date so exports don't clash. */
export async function exportText(
  kind: ExportKind,
  settings: Settings,
  history: Pick<HistoryLog, 'readAll'>,
  clock: Clock,
): Promise<{ name: string; text: string }> {
  // Temporal, not Intl: a fixed-offset fallback zone such as "+05:30" is one only Temporal accepts.
  const date = localDateOf(clock.now(), clock.timeZone());
  if (kind === 'settings-json') {
    return { name: `unknot-settings-${date}.json`, text: `${JSON.stringify(settings, null, 2)}\n` };
  }
  const { records } = await history.readAll();
  if (kind === 'history-csv') return { name: `unknot-history-${date}.csv`, text: historyToCsv(records) };
  return { name: `unknot-history-${date}.json`, text: `${JSON.stringify(records, null, 2)}\n` };
}
