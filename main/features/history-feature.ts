/**
 * The history view's IPC handlers and the morning log: reads history.jsonl, builds the view model
 * in main (core/history/view-model.ts) and pushes it to open windows whenever the history changes,
 * so a check-in logged in one window, or a routine finished in another, shows everywhere.
 */
import { toCheckinRecord } from '../core/history/checkin';
import { buildHistoryView, type HistoryViewModel } from '../core/history/view-model';
import type { HandlerTable } from '../core/ipc/dispatch';
import type { Clock, Logger } from '../core/ports';
import type { HistoryLog } from '../services/history-log';
import type { CheckinFeature } from './checkin-feature';

export interface HistoryFeatureDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly log: HistoryLog;
  readonly checkin: Pick<CheckinFeature, 'nudgeDismissedOn' | 'dismissNudge'>;
  broadcast(view: HistoryViewModel): void;
}

export interface HistoryFeature {
  readonly handlers: Pick<HandlerTable, 'getHistory' | 'logCheckin' | 'dismissNudge'>;
  /** Whether a morning check-in is logged for the local date. */
  loggedOn(date: string): Promise<boolean>;
  /** Something else wrote to the history (a routine was recorded): tell the open windows. */
  changed(): void;
}

export function createHistoryFeature(deps: HistoryFeatureDeps): HistoryFeature {
  const { clock, log, checkin } = deps;

  async function view(): Promise<HistoryViewModel> {
    const { records, skipped } = await log.readAll();
    return buildHistoryView({
      records,
      skippedLines: skipped.length,
      nowMs: clock.now(),
      timeZone: clock.timeZone(),
      nudgeDismissedOn: checkin.nudgeDismissedOn(),
    });
  }

  async function publish(): Promise<HistoryViewModel> {
    const next = await view();
    deps.broadcast(next);
    return next;
  }

  return {
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
    },
    async loggedOn(date) {
      const { records } = await log.readAll();
      // Newest lines are at the end: a check-in for today, if any, is found in the first few steps.
      for (let index = records.length - 1; index >= 0; index -= 1) {
        const record = records[index];
        if (record?.type === 'checkin' && record.localDate === date) return true;
      }
      return false;
    },
    changed() {
      publish().catch((error: unknown) => deps.logger.warn('Could not refresh the history view', error));
    },
  };
}
