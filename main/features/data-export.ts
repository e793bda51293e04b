import type { ExportKind } from '../core/ipc/contract';
import { historyToCsv } from '../core/history/export';
import type { Clock } from '../core/ports';
import type { Settings } from '../core/settings';
import type { HistoryLog } from '../services/history-log';
import { HandlerRejection } from '../core/ipc/result';
import { exercisePackText, PACK_MESSAGES } from '../core/routine/exercise-pack';
import { exercisesToShare } from '../core/routine/own-steps-edit';

/** The file name and contents for one export; names carry the local date so exports don't clash. */
export async function exportText(
  kind: ExportKind,
  settings: Settings,
  history: Pick<HistoryLog, 'readAll'>,
  clock: Clock,
): Promise<{ name: string; text: string }> {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: clock.timeZone() }).format(new Date(clock.now()));
  if (kind === 'settings-json') {
    return { name: `unknot-settings-${date}.json`, text: `${JSON.stringify(settings, null, 2)}\n` };
  }
  if (kind === 'exercise-pack') {
    const exercises = exercisesToShare(settings.routine);
    if (exercises.length === 0) throw new HandlerRejection(PACK_MESSAGES.nothingToExport);
    return { name: `unknot-exercises-${date}.json`, text: exercisePackText(exercises) };
  }
  const { records } = await history.readAll();
  if (kind === 'history-csv') return { name: `unknot-history-${date}.csv`, text: historyToCsv(records) };
  return { name: `unknot-history-${date}.json`, text: `${JSON.stringify(records, null, 2)}\n` };
}
