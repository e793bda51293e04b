/**
 * The morning check-in offer: one timer armed for the next moment the answer can change (the
 * check-in time, else tomorrow's), re-armed on a settings change and on wake, and never longer
 * than six hours so a changed clock or zone is noticed without polling. The rules are in
 * core/history/checkin-schedule.ts; this file owns time, the small state document and the
 * notification. It also keeps the check-up card's dismissal, which lives in the same document.
 * It reads the history log itself (a lower module), so the history feature may depend on it and
 * not the other way round.
 */
import type { MainMessages } from '../core/locale/main-messages';
import { planCheckin, type CheckinPlan, type MorningCheckinSetting } from '../core/history/checkin-schedule';
import { initialCheckinState, parseCheckinState, type CheckinState } from '../core/history/checkin-state';
import { localDateOf } from '../core/history/local-date';
import type { HistoryRecord } from '../core/history/records';
import type { Clock, JsonDocumentStore, Logger, Timers } from '../core/ports';
import { createSerialQueue } from '../core/serial-queue';
import type { Settings } from '../core/settings/schema';
import type { NotifierPort, WindowPort } from '../core/shell-ports';
import { createWakeTimer, MAX_SLEEP_MS } from '../core/wake-timer';
import type { HistoryLog } from '../services/history-log';

export interface CheckinDeps {
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly store: JsonDocumentStore;
  readonly notifier: NotifierPort;
  /** Main's words in the current language. */
  readonly words: () => MainMessages;
  readonly windows: Pick<WindowPort, 'show'>;
  /** Read to see whether this morning is already logged. */
  readonly history: Pick<HistoryLog, 'readAll'>;
}

export interface CheckinFeature {
  start(): Promise<void>;
  applySettings(settings: Settings): void;
  systemResumed(): void;
  /** The local date the check-up card was last dismissed on, or null. */
  nudgeDismissedOn(): string | null;
  /** Hides the check-up card from today (for RULES.dismissDays). */
  dismissNudge(): Promise<void>;
  /** Resolves when the offer being checked and every save asked for so far are done. */
  flush(): Promise<void>;
  dispose(): void;
}

export function createCheckinFeature(deps: CheckinDeps): CheckinFeature {
  const { clock, timers, logger, store } = deps;
  let setting: MorningCheckinSetting = { enabled: false, time: '08:00' };
  let state: CheckinState = initialCheckinState();
  let phase: 'new' | 'running' | 'disposed' = 'new';
  const queue = createSerialQueue();
  // Off (a null wake): nothing can become due until the setting changes, which re-arms.
  const wake = createWakeTimer({ clock, timers, onWake: () => refresh() });

  function save(next: CheckinState): Promise<void> {
    state = next;
    return queue
      .run(() => store.save(next))
      .catch((error: unknown) => logger.error('Could not save the check-in state', error));
  }

  async function offer(today: string): Promise<void> {
    let logged = false;
    try {
      logged = checkinLoggedOn((await deps.history.readAll()).records, today);
    } catch (error) {
      // Better to ask once too often than to miss the morning because the log could not be read.
      logger.warn('Could not read the history to check this morning', error);
    }
    if (phase !== 'running' || logged) return;
    logger.info(`Morning check-in offered for ${today}`);
    deps.notifier.show({
      title: deps.words().checkinTitle(),
      body: deps.words().checkinBody(),
      onClick: () => deps.windows.show('checkin'),
    });
  }

  function refresh(): void {
    if (phase !== 'running') return;
    let plan: CheckinPlan;
    try {
      plan = planCheckin(clock.now(), clock.timeZone(), setting, state.lastOfferedDate);
    } catch (error) {
      logger.error('Could not work out the morning check-in time', error);
      return wake.arm(clock.now() + MAX_SLEEP_MS);
    }
    wake.arm(plan.wakeAt);
    if (!plan.offer) return;
    // The morning is claimed before the history is read, so an overlapping wake cannot offer it too;
    // one already logged counts as offered, it needs no reminder.
    const today = plan.today;
    void save({ ...state, lastOfferedDate: today });
    queue
      .run(() => offer(today))
      .catch((error: unknown) => logger.error('Could not offer the morning check-in', error));
  }

  return {
    async start() {
      if (phase !== 'new') return;
      try {
        const raw = await store.load();
        if (raw !== null) {
          const parsed = parseCheckinState(raw);
          if (parsed) state = parsed;
          else logger.warn('The saved check-in state was invalid and has been reset');
        }
      } catch (error) {
        logger.error('Could not read the check-in state; starting afresh', error);
      }
      if (phase !== 'new') return;
      phase = 'running';
      refresh();
    },
    applySettings(settings) {
      const next = settings.reminders.morningCheckIn;
      setting = { enabled: next.enabled, time: next.time };
      refresh();
    },
    systemResumed: refresh,
    nudgeDismissedOn: () => state.nudgeDismissedOn,
    dismissNudge: () => save({ ...state, nudgeDismissedOn: localDateOf(clock.now(), clock.timeZone()) }),
    // An offer may queue a save behind itself; idle() waits for that too.
    flush: () => queue.idle(),
    dispose() {
      phase = 'disposed';
      wake.cancel();
    },
  };
}

/** Newest lines are at the end: a check-in for that date, if any, is found in the first few steps. */
function checkinLoggedOn(records: readonly HistoryRecord[], date: string): boolean {
  for (let index = records.length - 1; index >= 0; index -= 1) {
    const record = records[index];
    if (record?.type === 'checkin' && record.localDate === date) return true;
  }
  return false;
}
