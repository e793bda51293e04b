/**
 * The heads-up before the reminder and the one follow-up at bedtime, as a pure step after the
 * reminder rules: it reads their outcome, adds at most one of each kind a night, and moves the
 * wake-up earlier when one is still to come. Both are remembered by night, so neither survives a
 * restart or a clock change to be shown twice.
 */
import type { Evaluation } from './evaluate';
import type { Presence } from './presence';
import type { Nudge, ReminderSettings } from './types';

const MINUTE_MS = 60_000;
/**
 * A reminder shown less than this before bedtime (a lead of 0, or shown late after sleep) has no
 * follow-up: two notifications minutes apart would read as nagging.
 */
export const FOLLOW_UP_MIN_GAP_MS = 5 * MINUTE_MS;

function earlier(wakeAt: number | null, at: number): number {
  return wakeAt === null ? at : Math.min(wakeAt, at);
}

/** Neither is held for an absent user: each still shows on their return if its moment is still ahead. */
export function withNudges(
  evaluation: Evaluation,
  settings: ReminderSettings,
  now: number,
  presence: Presence,
): Evaluation {
  const present = presence === 'present';
  let { state, wakeAt } = evaluation;
  const { snapshot, deliver } = evaluation;
  const nudges: Nudge[] = [];

  if (deliver && !deliver.afterSnooze && deliver.bedtime - now < FOLLOW_UP_MIN_GAP_MS) {
    state = { ...state, followUpNight: deliver.night };
  }

  const current = snapshot.current;
  if (
    settings.followUp &&
    snapshot.status === 'due' &&
    current &&
    state.snooze?.night !== current.night &&
    state.lastDeliveredNight === current.night &&
    state.followUpNight !== current.night
  ) {
    if (now < current.bedtime) {
      wakeAt = earlier(wakeAt, current.bedtime);
    } else if (present) {
      nudges.push({ kind: 'follow-up', night: current.night, bedtime: current.bedtime });
      state = { ...state, followUpNight: current.night };
    }
  }

  // snapshot.next is always after now, so a heads-up can never come after its reminder.
  const next = snapshot.next;
  if (
    settings.headsUpMinutes !== null &&
    snapshot.status !== 'paused' &&
    snapshot.status !== 'snoozed' &&
    next &&
    state.headsUpNight !== next.night
  ) {
    const headsUpAt = next.at - settings.headsUpMinutes * MINUTE_MS;
    if (now < headsUpAt) {
      wakeAt = earlier(wakeAt, headsUpAt);
    } else if (present) {
      nudges.push({ kind: 'heads-up', night: next.night, reminderAt: next.at });
      state = { ...state, headsUpNight: next.night };
    }
  }

  if (nudges.length === 0 && state === evaluation.state && wakeAt === evaluation.wakeAt) return evaluation;
  return { ...evaluation, state, wakeAt, nudges };
}
