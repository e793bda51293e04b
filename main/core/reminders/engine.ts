/**
 * The reminder engine: keeps one timer armed for the next thing that can happen, applies the
 * user's choices and remembers what matters across restarts. The rules live in evaluate.ts and
 * actions.ts; this file only owns time, I/O and callbacks.
 *
 * Saves are queued one after another (the last state asked for is the last written); a failed
 * save is logged and the engine carries on with what it has in memory. A user's choice applies
 * at once, and its promise says whether it was saved too, so a window is told "done" only for a
 * choice that will survive a restart. flush() waits for the queue.
 */
import type { Clock, JsonDocumentStore, Logger, Timers } from '../ports';
import { validateSchedule } from '../schedule';
import { createSerialQueue } from '../serial-queue';
import { createWakeTimer, MAX_SLEEP_MS } from '../wake-timer';
import {
  HEADS_UP_MINUTES_RANGE,
  LATE_WINDOW_MINUTES_RANGE,
  SNOOZE_MINUTES_RANGE,
  isWithin,
  rangeText,
  type Range,
} from '../settings/vocabulary';
import * as actions from './actions';
import type { ReminderAction } from './actions';
import { evaluate, type Evaluation } from './evaluate';
import type { Presence } from './presence';
import { initialReminderState, parseReminderState, type PersistedReminderState } from './persisted-state';
import {
  DEFAULT_REMINDER_SETTINGS,
  MAX_SNOOZES_PER_NIGHT,
  type DueReminder,
  type Nudge,
  type PauseKind,
  type ReminderSettings,
  type ReminderSnapshot,
} from './types';

export interface ReminderEngineDeps {
  clock: Clock;
  timers: Timers;
  store: JsonDocumentStore;
  logger: Logger;
  /** Whether the user is at the desk: asked on each evaluation (a wake, an event, a choice), never polled. */
  presence(): Presence;
  onChange(state: ReminderSnapshot): void;
  onDue(due: DueReminder): void;
  /** A heads-up before the reminder or the one follow-up at bedtime. */
  onNudge(nudge: Nudge): void;
}

export interface ReminderEngine {
  /** Loads the remembered state and arms the timer. Settings given before this are used from the start. */
  start(): Promise<void>;
  /** Throws (ScheduleError or RangeError) and changes nothing when the settings are invalid. */
  updateSettings(settings: ReminderSettings): void;
  /** Call on resume from sleep, screen unlock, the user becoming active and time-zone change. */
  systemResumed(): void;
  /**
   * The user's choices apply at once; each resolves when the choice is saved, and rejects (with
   * the store's error, also logged) when it could not be, or when reminders are not running.
   */
  startNow(): Promise<void>;
  snooze(): Promise<void>;
  skipTonight(): Promise<void>;
  pause(kind: PauseKind): Promise<void>;
  resume(): Promise<void>;
  /** The user's choice from the tray or a window, by its id; settles as the choices above. */
  act(action: ReminderAction): Promise<void>;
  snapshot(): ReminderSnapshot;
  /** Resolves when every save asked for so far has finished (failures are logged, not thrown). */
  flush(): Promise<void>;
  dispose(): void;
}

function checkRange(name: string, value: number, range: Range): void {
  if (!isWithin(value, range)) {
    throw new RangeError(`${name} must be a whole number ${rangeText(range)}, got ${value}`);
  }
}

function checkedSettings(settings: ReminderSettings): ReminderSettings {
  validateSchedule(settings.schedule);
  checkRange('snoozeMinutes', settings.snoozeMinutes, SNOOZE_MINUTES_RANGE);
  checkRange('lateWindowMinutes', settings.lateWindowMinutes, LATE_WINDOW_MINUTES_RANGE);
  if (settings.headsUpMinutes !== null) {
    checkRange('headsUpMinutes', settings.headsUpMinutes, HEADS_UP_MINUTES_RANGE);
  }
  // A private copy: the caller may go on editing its object.
  const nights = { ...settings.schedule.nights };
  for (const key of Object.keys(nights) as Array<keyof typeof nights>) nights[key] = { ...nights[key] };
  return { ...settings, schedule: { ...settings.schedule, nights } };
}

export function createReminderEngine(deps: ReminderEngineDeps): ReminderEngine {
  const { clock, timers, store, logger } = deps;
  let settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS;
  let state = initialReminderState();
  let phase: 'new' | 'loading' | 'running' | 'disposed' = 'new';
  let shown: { snapshot: ReminderSnapshot; json: string } | null = null;
  const saves = createSerialQueue();
  const wake = createWakeTimer({ clock, timers, onWake: () => refresh() });

  /** Queues the save; the promise settles with this save's outcome (failures are logged here). */
  function save(next: PersistedReminderState): Promise<void> {
    state = next;
    const saved = saves.run(() => store.save(next));
    saved.catch((error: unknown) => logger.error('Could not save the reminder state', error));
    return saved;
  }

  /** A save nobody waits for: its failure is already logged by save(). */
  function saveInBackground(next: PersistedReminderState): void {
    save(next).catch(() => undefined);
  }

  function evaluateNow(): Evaluation | null {
    try {
      return evaluate(state, settings, clock.now(), clock.timeZone(), deps.presence());
    } catch (error) {
      logger.error('Could not work out the next reminder', error);
      return null;
    }
  }

  /** With nothing due (no night enabled, paused indefinitely) it still wakes to notice clock changes. */
  const arm = (wakeAt: number | null): void => wake.arm(wakeAt ?? clock.now() + MAX_SLEEP_MS);

  function report<T>(callback: (value: T) => void, value: T, what: string): void {
    try {
      callback(value);
    } catch (error) {
      logger.error(`${what} handler failed`, error);
    }
  }

  function refresh(): void {
    if (phase !== 'running') return;
    const evaluation = evaluateNow();
    if (!evaluation) return arm(null);
    for (const notice of evaluation.notices) logger.warn(notice);
    if (evaluation.state !== state) saveInBackground(evaluation.state);
    arm(evaluation.wakeAt);
    // onChange before onDue: if onDue acts on the engine, its newer snapshot is the last one sent.
    const json = JSON.stringify(evaluation.snapshot);
    if (json !== shown?.json) {
      shown = { snapshot: evaluation.snapshot, json };
      report(deps.onChange, evaluation.snapshot, 'onChange');
    }
    if (evaluation.deliver) {
      logger.info(`Reminder for the night of ${evaluation.deliver.night}`);
      report(deps.onDue, evaluation.deliver, 'onDue');
    }
    for (const nudge of evaluation.nudges) {
      logger.info(`A ${nudge.kind} for the night of ${nudge.night}`);
      report(deps.onNudge, nudge, 'onNudge');
    }
  }

  function act(
    name: string,
    change: (evaluation: Evaluation, now: number, zone: string) => PersistedReminderState,
  ): Promise<void> {
    if (phase !== 'running') {
      logger.warn(`Ignored "${name}": reminders are not running`);
      return Promise.reject(new Error(`Reminders are not running, so "${name}" was not done.`));
    }
    // Catch up first, so a reminder that fell due just now is shown before the choice applies.
    refresh();
    const evaluation = evaluateNow();
    if (!evaluation)
      return Promise.reject(new Error(`Could not work out the reminders, so "${name}" was not done.`));
    const next = change(evaluation, clock.now(), clock.timeZone());
    const saved = next !== state ? save(next) : Promise.resolve();
    refresh();
    return saved;
  }

  const engine: ReminderEngine = {
    async start() {
      if (phase !== 'new') return;
      phase = 'loading';
      let raw: unknown = null;
      try {
        raw = await store.load();
      } catch (error) {
        logger.error('Could not read the reminder state; starting afresh', error);
      }
      if (phase !== 'loading') return;
      if (raw !== null && raw !== undefined) {
        const parsed = parseReminderState(raw);
        if (parsed.ok) state = parsed.value;
        else {
          logger.warn('The saved reminder state was invalid and has been reset', parsed.error);
          saveInBackground(initialReminderState());
        }
      }
      phase = 'running';
      refresh();
    },
    updateSettings(next) {
      settings = checkedSettings(next);
      refresh();
    },
    systemResumed: refresh,
    startNow: () => act('start now', (evaluation, now) => actions.startNow(evaluation, now)),
    snooze: () => act('snooze', (evaluation, now) => actions.snooze(evaluation, settings, now)),
    skipTonight: () => act('skip tonight', (evaluation) => actions.skipTonight(evaluation)),
    pause: (kind) => act('pause', (evaluation, now, zone) => actions.pause(evaluation, kind, now, zone)),
    resume: () => act('resume', (evaluation) => actions.resume(evaluation)),
    act: (action) => byAction[action](),
    snapshot() {
      if (shown) return shown.snapshot;
      return (
        evaluateNow()?.snapshot ?? {
          status: 'waiting',
          next: null,
          current: null,
          pausedUntil: null,
          snoozesLeft: MAX_SNOOZES_PER_NIGHT,
          snoozeMinutes: settings.snoozeMinutes,
          missedNight: null,
        }
      );
    },
    flush: () => saves.idle(),
    dispose() {
      phase = 'disposed';
      wake.cancel();
    },
  };
  // Keyed by the action list, so a new action without a meaning here does not compile.
  const byAction: Readonly<Record<ReminderAction, () => Promise<void>>> = {
    'start-now': engine.startNow,
    snooze: engine.snooze,
    'skip-tonight': engine.skipTonight,
    'pause-1h': () => engine.pause('1h'),
    'pause-morning': () => engine.pause('morning'),
    'pause-indefinite': () => engine.pause('indefinite'),
    resume: engine.resume,
  };
  return engine;
}
