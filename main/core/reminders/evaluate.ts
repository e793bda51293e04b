/**
 * The reminder rules as one pure function: given what was remembered, the settings, the wall
 * clock and whether the user is at the desk, what is the state now, is a reminder to be shown, and
 * when is the next thing to happen.
 * The engine calls it whenever it wakes, so a moved clock or a new zone is simply a new input.
 */
import { addNights, nextMorning, nextReminder, nightOf, type Reminder, type Schedule } from '../schedule';
import { withNudges } from './nudges';
import { hold, withMissed, type Presence } from './presence';
import type { PersistedReminderState } from './persisted-state';
import {
  MAX_SNOOZES_PER_NIGHT,
  type DueReminder,
  type Nudge,
  type ReminderSettings,
  type ReminderSnapshot,
  type UpcomingReminder,
} from './types';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** A reminder shown more than this after its time counts as late (the machine was asleep). */
const LATE_AFTER_MS = MINUTE_MS;
/**
 * However short the late window (it may be 0 with a lead of 0), a reminder stays showable for this
 * long after its own time, so a timer firing a few milliseconds late still delivers it.
 */
const GRACE_MS = MINUTE_MS;
/**
 * A remembered night (last delivered, or snoozed) further ahead of tonight than this means the
 * clock was far off when it was recorded (or is now); honouring it would silence reminders until
 * then, so it is forgotten. One day is all that time zones need (crossing the date line); every
 * extra day would cost a corrected fast clock one real night of reminders.
 */
export const FUTURE_NIGHT_TOLERANCE_DAYS = 1;
/** Bounds the walk past skipped and already-reminded nights (at most a week plus two). */
const MAX_BLOCKED_NIGHTS = 16;

export interface Evaluation {
  /** The same object as the input when nothing changed, so callers can skip a save. */
  readonly state: PersistedReminderState;
  readonly snapshot: ReminderSnapshot;
  /** A reminder to show now, already recorded in `state`. */
  readonly deliver: DueReminder | null;
  /** A heads-up or follow-up to show now, already recorded in `state` (see nudges.ts). */
  readonly nudges: readonly Nudge[];
  /** The next instant at which the outcome can change, or null when only settings can change it. */
  readonly wakeAt: number | null;
  readonly notices: readonly string[];
}

function upcoming(reminder: Reminder | null): UpcomingReminder | null {
  return (
    reminder && { at: reminder.at.getTime(), bedtime: reminder.bedtime.getTime(), night: reminder.night }
  );
}

function earliest(...instants: ReadonlyArray<number | null | undefined>): number | null {
  const present = instants.filter((t): t is number => typeof t === 'number');
  return present.length === 0 ? null : Math.min(...present);
}

/** Nights that may not be shown: answered, skipped, or not after the last one shown. */
function blocker(state: PersistedReminderState) {
  return (night: string): boolean =>
    night === state.skippedNight ||
    night === state.dismissedNight ||
    (state.lastDeliveredNight !== null && night <= state.lastDeliveredNight);
}

function nextShowable(
  schedule: Schedule,
  from: Reminder | null,
  blocked: (night: string) => boolean,
  zone: string,
) {
  let reminder = from;
  for (let i = 0; reminder && blocked(reminder.night) && i < MAX_BLOCKED_NIGHTS; i += 1) {
    reminder = nextReminder(schedule, reminder.at, zone);
  }
  return reminder && !blocked(reminder.night) ? reminder : null;
}

/** Undoes what a clock moved backwards would do to a pause or snooze: stretch it. */
function clampToClock(state: PersistedReminderState, settings: ReminderSettings, now: number, zone: string) {
  let next = state;
  const { pause, snooze } = state;
  if (pause && pause.until !== null) {
    const longest = pause.kind === '1h' ? now + HOUR_MS : nextMorning(new Date(now), zone).getTime();
    if (pause.until > longest) next = { ...next, pause: { kind: pause.kind, until: longest } };
  }
  if (snooze && !snooze.returned) {
    const longest = now + settings.snoozeMinutes * MINUTE_MS;
    if (snooze.until > longest) next = { ...next, snooze: { ...snooze, until: longest } };
  }
  return next;
}

export function evaluate(
  input: PersistedReminderState,
  settings: ReminderSettings,
  now: number,
  zone: string,
  presence: Presence,
): Evaluation {
  const evaluation = evaluateReminder(input, settings, now, zone, presence);
  return withNudges(withMissed(input.held, evaluation, now, zone), settings, now, presence);
}

function evaluateReminder(
  input: PersistedReminderState,
  settings: ReminderSettings,
  now: number,
  zone: string,
  presence: Presence,
): Evaluation {
  const { schedule } = settings;
  const lateMs = settings.lateWindowMinutes * MINUTE_MS;
  const notices: string[] = [];
  let state = clampToClock(input, settings, now, zone);
  // Held afresh below on every evaluation that still finds the user away.
  const wasHeld = state.held;
  if (wasHeld) state = { ...state, held: null };

  const tonight = nightOf(new Date(now), zone);
  const farAhead = (night: string): boolean => night > addNights(tonight, FUTURE_NIGHT_TOLERANCE_DAYS);
  if (state.lastDeliveredNight !== null && farAhead(state.lastDeliveredNight)) {
    notices.push(`Forgetting last reminded night ${state.lastDeliveredNight}: it is far ahead of ${tonight}`);
    state = { ...state, lastDeliveredNight: null };
  }
  // A snooze from a night the clock has since been set far back from would stay "due" until then.
  if (state.snooze !== null && farAhead(state.snooze.night)) {
    notices.push(`Forgetting the snooze for night ${state.snooze.night}: it is far ahead of ${tonight}`);
    state = { ...state, snooze: null };
  }

  const result = (
    status: ReminderSnapshot['status'],
    parts: {
      next: UpcomingReminder | null;
      current?: { night: string; bedtime: number } | null;
      wakeAt: number | null;
      deliver?: DueReminder | null;
    },
  ): Evaluation => {
    const current = parts.current ?? null;
    const used = current && state.snooze?.night === current.night ? state.snooze.count : 0;
    return {
      state,
      deliver: parts.deliver ?? null,
      nudges: [],
      wakeAt: parts.wakeAt,
      notices,
      snapshot: {
        status,
        next: parts.next,
        current,
        pausedUntil: status === 'paused' ? (state.pause?.until ?? null) : null,
        snoozesLeft: MAX_SNOOZES_PER_NIGHT - used,
        snoozeMinutes: settings.snoozeMinutes,
        missedNight: null,
      },
    };
  };

  // While paused nothing is shown; when the pause ends the late-window rule below decides whether
  // a reminder that fell inside it is still worth showing.
  if (state.pause && (state.pause.until === null || now < state.pause.until)) {
    const first = nextReminder(schedule, new Date(now), zone);
    return result('paused', {
      next: upcoming(nextShowable(schedule, first, blocker(state), zone)),
      wakeAt: state.pause.until,
    });
  }
  if (state.pause) state = { ...state, pause: null };

  const snooze = state.snooze;
  if (snooze && (snooze.night === state.skippedNight || snooze.night === state.dismissedNight)) {
    state = { ...state, snooze: null };
  } else if (snooze) {
    const current = { night: snooze.night, bedtime: snooze.bedtime };
    const closesAt = Math.max(snooze.bedtime + lateMs, snooze.until + Math.max(lateMs, GRACE_MS));
    if (!snooze.returned && now < snooze.until) {
      return result('snoozed', { next: { at: snooze.until, ...current }, current, wakeAt: snooze.until });
    }
    if (now < closesAt) {
      const after = nextShowable(schedule, nextReminder(schedule, new Date(now), zone), blocker(state), zone);
      let deliver: DueReminder | null = null;
      let recheckAt: number | null = null;
      if (!snooze.returned && presence !== 'present') {
        ({ state, recheckAt } = hold(state, wasHeld, snooze.night, closesAt, presence, now));
      } else if (!snooze.returned) {
        deliver = {
          ...current,
          scheduledAt: snooze.until,
          late: now - snooze.until > LATE_AFTER_MS,
          afterSnooze: true,
        };
        state = { ...state, snooze: { ...snooze, returned: true } };
      }
      return result('due', {
        next: upcoming(after),
        current,
        wakeAt: earliest(closesAt, after?.at.getTime(), recheckAt),
        deliver,
      });
    }
    // The snoozed night is over; marking it answered keeps a later bedtime setting from reopening it.
    state = { ...state, snooze: null, dismissedNight: snooze.night };
  }

  // The latest reminder at or before now whose late window could still be open.
  const lookbackMs = (schedule.leadMinutes + settings.lateWindowMinutes) * MINUTE_MS + GRACE_MS;
  let last: Reminder | null = null;
  let next = nextReminder(schedule, new Date(now - lookbackMs), zone);
  while (next && next.at.getTime() <= now) {
    last = next;
    next = nextReminder(schedule, next.at, zone);
  }
  const closesAt = (r: Reminder) => Math.max(r.bedtime.getTime() + lateMs, r.at.getTime() + GRACE_MS);
  const open = last && now < closesAt(last) ? last : null;
  const blocked = blocker(state);

  if (open && open.night !== state.skippedNight && open.night !== state.dismissedNight) {
    const current = { night: open.night, bedtime: open.bedtime.getTime() };
    const fresh = !blocked(open.night);
    if (fresh || open.night === state.lastDeliveredNight) {
      let deliver: DueReminder | null = null;
      let recheckAt: number | null = null;
      if (fresh && presence !== 'present') {
        ({ state, recheckAt } = hold(state, wasHeld, open.night, closesAt(open), presence, now));
      } else if (fresh) {
        const scheduledAt = open.at.getTime();
        deliver = { ...current, scheduledAt, late: now - scheduledAt > LATE_AFTER_MS, afterSnooze: false };
        state = { ...state, lastDeliveredNight: open.night };
      }
      const after = nextShowable(schedule, next, blocker(state), zone);
      return result('due', {
        next: upcoming(after),
        current,
        wakeAt: earliest(closesAt(open), next?.at.getTime(), recheckAt),
        deliver,
      });
    }
  }

  const skipped =
    state.skippedNight !== null && (open?.night === state.skippedNight || next?.night === state.skippedNight);
  const wakeAt = earliest(next?.at.getTime(), open ? closesAt(open) : null);
  return result(skipped ? 'skipped' : 'waiting', {
    next: upcoming(nextShowable(schedule, next, blocked, zone)),
    wakeAt,
  });
}
