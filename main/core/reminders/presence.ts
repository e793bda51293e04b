/**
 * Whether anyone is at the desk when a reminder falls due. A reminder shown to an empty desk is a
 * reminder lost, so evaluate() holds it while the user is away and shows it when they are back,
 * inside the late window; a night whose window closes while held is remembered as missed, for the
 * tray to say so. Nothing here polls: presence is asked when the timer fires and on resume,
 * unlock and "became active"; only an idle (not locked) user gets a few short re-checks a night,
 * since idle-to-active has no event on every platform.
 */
import { addNights, nightOf } from '../schedule';
import type { Evaluation } from './evaluate';
import type { PersistedReminderState } from './persisted-state';

export const PRESENCES = ['present', 'idle', 'locked'] as const;
export type Presence = (typeof PRESENCES)[number];

/** Idle this long (seconds) counts as away: powerMonitor.getSystemIdleState's threshold. */
export const AWAY_AFTER_IDLE_SEC = 120;
const MINUTE_MS = 60_000;
/** While held for an idle (not locked) user, look again this often... */
export const PRESENCE_RECHECK_MS = 5 * MINUTE_MS;
/** ...at most this many times a night, to keep idle wake-ups within budget. */
export const MAX_PRESENCE_RECHECKS = 6;

/** What the system reports (Electron's idle states) in our words; unknown counts as present. */
export function presenceOf(systemIdleState: string): Presence {
  if (systemIdleState === 'locked') return 'locked';
  return systemIdleState === 'idle' ? 'idle' : 'present';
}

type Held = NonNullable<PersistedReminderState['held']>;

/**
 * Records holding `night`'s reminder, carrying the re-checks already used for it, and says when
 * to look again (null: wait for an event, or for the window to close).
 */
export function hold(
  state: PersistedReminderState,
  was: Held | null,
  night: string,
  closesAt: number,
  presence: Presence,
  now: number,
): { state: PersistedReminderState; recheckAt: number | null } {
  const used = was?.night === night ? was.rechecks : 0;
  const recheck = presence === 'idle' && used < MAX_PRESENCE_RECHECKS;
  const recheckAt = recheck ? Math.min(now + PRESENCE_RECHECK_MS, closesAt) : null;
  return { state: { ...state, held: { night, closesAt, rechecks: used + (recheck ? 1 : 0) } }, recheckAt };
}

/**
 * A held night whose window has closed without the user coming back is missed. The tray shows
 * the latest missed night until a newer night is reminded or a day has passed.
 */
export function withMissed(was: Held | null, evaluation: Evaluation, now: number, zone: string): Evaluation {
  let state = evaluation.state;
  if (
    was &&
    state.held?.night !== was.night &&
    evaluation.deliver?.night !== was.night &&
    now >= was.closesAt
  ) {
    state = { ...state, missedNight: was.night };
  }
  const missed = state.missedNight;
  const shown =
    missed !== null &&
    missed >= addNights(nightOf(new Date(now), zone), -1) &&
    (state.lastDeliveredNight === null || state.lastDeliveredNight < missed)
      ? missed
      : null;
  if (state === evaluation.state && shown === evaluation.snapshot.missedNight) return evaluation;
  return { ...evaluation, state, snapshot: { ...evaluation.snapshot, missedNight: shown } };
}
