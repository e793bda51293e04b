/**
 * The history view's IPC handlers, the morning log and the routine record: reads history.jsonl,
 * builds the view model in main (core/history/view-model.ts) and pushes it to open windows whenever
 * the history changes, so a check-in logged in one window, or a routine finished in another, shows
 * everywhere.
 */
import { toCheckinRecord } from '../core/history/checkin';
import { toSessionRecord } from '../core/history/summary';
import { createHistoryViewMemo } from '../core/history/view-memo';
import type { HistoryViewModel, RoutineTexts } from '../core/history/view-model';
import type { HandlerTable } from '../core/ipc/dispatch';
import type { InsightWords } from '../core/locale/main-messages';
import type { Clock, Logger } from '../core/ports';
import type { WindowPort } from '../core/shell-ports';
import type { HistoryLog } from '../services/history-log';
import type { CheckinFeature } from './checkin-feature';

export interface HistoryFeatureDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly log: HistoryLog;
  readonly checkin: Pick<CheckinFeature, 'nudgeDismissedOn' | 'dismissNudge'>;
  readonly windows: Pick<WindowPort, 'broadcast'>;
  /** The tag dates are written in (displayLocale: the UI's words, the region's order). */
  readonly locale: () => string;
  /** The view's sentences in the language setting (the language feature's). */
  readonly words: () => InsightWords;
  /** The routine's texts it quotes (preset names, help sections), in the same language. */
  readonly routine: () => Promise<RoutineTexts>;
}

export interface HistoryFeature {
  readonly handlers: Pick<HandlerTable, 'getHistory' | 'logCheckin' | 'dismissNudge' | 'recordSession'>;
  /** Rebuilds the view and sends it to every window (after a change made elsewhere: a restore). */
  publish(): Promise<HistoryViewModel>;
}

export function createHistoryFeature(deps: HistoryFeatureDeps): HistoryFeature {
  const { clock, log, checkin } = deps;
  // With the log's kept records, reopening the view costs neither a read nor a rebuild.
  const buildView = createHistoryViewMemo();

  async function view(): Promise<HistoryViewModel> {
    const { records, skipped } = await log.readAll();
    return buildView({
      records,
      skippedLines: skipped.length,
      nowMs: clock.now(),
      timeZone: clock.timeZone(),
      locale: deps.locale(),
      words: deps.words(),
      routine: await deps.routine(),
      nudgeDismissedOn: checkin.nudgeDismissedOn(),
    });
  }

  async function publish(): Promise<HistoryViewModel> {
    const next = await view();
    deps.windows.broadcast('historyChanged', next);
    return next;
  }

  return {
    publish,
    handlers: {
      getHistory: view,
      logCheckin: async (request) => {
        await log.append(toCheckinRecord(request, clock.now(), clock.timeZone()));
        return publish();
      },
      dismissNudge: async () => {
        await checkin.dismissNudge();
        return publish();
      },
      recordSession: async (summary) => {
        const record = toSessionRecord(summary, clock.timeZone());
        await log.append(record);
        // The record is safe on disk; a view that cannot be rebuilt now must not fail the save.
        publish().catch((error: unknown) => deps.logger.warn('Could not refresh the history view', error));
        return { night: record.night };
      },
    },
  };
}
