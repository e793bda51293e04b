/**
 * What the user's choices do to the remembered state. Each takes the state as just evaluated
 * (so "tonight" and "due" are current) and returns the new state, or the same object for a no-op.
 */
import { nextMorning } from '../schedule';
import type { Evaluation } from './evaluate';
import type { PersistedReminderState } from './persisted-state';
import { MAX_SNOOZES_PER_NIGHT, type PauseKind, type ReminderSettings } from './types';

/**
 * Everything the user can ask of the reminders. One list for both ways in: the tray menu's reminder
 * items carry these ids, and the settings window sends them over IPC (reminderAction).
 */
export const REMINDER_ACTIONS = [
  'start-now',
  'snooze',
  'skip-tonight',
  'pause-1h',
  'pause-morning',
  'pause-indefinite',
  'resume',
] as const;
export type ReminderAction = (typeof REMINDER_ACTIONS)[number];
/** The gentle prompt's three answers: the same actions, so both styles leave the same state. */
export const PROMPT_ACTIONS = [
  'start-now',
  'snooze',
  'skip-tonight',
] as const satisfies readonly ReminderAction[];
export type PromptAction = (typeof PROMPT_ACTIONS)[number];

export function isReminderAction(id: string): id is ReminderAction {
  return (REMINDER_ACTIONS as readonly string[]).includes(id);
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/**
 * Starting the routine this close to tonight's reminder counts as doing tonight's routine early,
 * so that reminder is not shown afterwards. Three hours is the longest wind-down lead.
 */
const EARLY_START_MS = 3 * HOUR_MS;

function answering(evaluation: Evaluation) {
  const { status, current } = evaluation.snapshot;
  return (status === 'due' || status === 'snoozed') && current ? current : null;
}

export function startNow(evaluation: Evaluation, now: number): PersistedReminderState {
  const state = evaluation.state;
  const current = answering(evaluation);
  if (current) return { ...state, dismissedNight: current.night, snooze: null };
  const next = evaluation.snapshot.next;
  if (next && next.at - now <= EARLY_START_MS) return { ...state, dismissedNight: next.night };
  return state;
}

/** Only while due or snoozed, and at most MAX_SNOOZES_PER_NIGHT times a night. */
export function snooze(
  evaluation: Evaluation,
  settings: ReminderSettings,
  now: number,
): PersistedReminderState {
  const state = evaluation.state;
  const current = answering(evaluation);
  if (!current) return state;
  const used = state.snooze?.night === current.night ? state.snooze.count : 0;
  if (used >= MAX_SNOOZES_PER_NIGHT) return state;
  const until = now + settings.snoozeMinutes * MINUTE_MS;
  return { ...state, snooze: { ...current, until, count: used + 1, returned: false } };
}

/** The night being reminded about, or else the next one that would be (never the one after). */
export function skipTonight(evaluation: Evaluation): PersistedReminderState {
  const state = evaluation.state;
  if (evaluation.snapshot.status === 'skipped') return state;
  const night = answering(evaluation)?.night ?? evaluation.snapshot.next?.night;
  return night === undefined ? state : { ...state, skippedNight: night, snooze: null };
}

export function pause(
  evaluation: Evaluation,
  kind: PauseKind,
  now: number,
  zone: string,
): PersistedReminderState {
  const state = evaluation.state;
  // "Until tomorrow morning" means until 06:00 local on the next morning to come.
  const pauseState =
    kind === 'indefinite'
      ? { kind, until: null }
      : { kind, until: kind === '1h' ? now + HOUR_MS : nextMorning(new Date(now), zone).getTime() };
  // Pausing while a reminder is up answers it: it must not pop up again when the pause ends.
  const current = answering(evaluation);
  const answered = current ? { dismissedNight: current.night, snooze: null } : {};
  return { ...state, ...answered, pause: pauseState };
}

export function resume(evaluation: Evaluation): PersistedReminderState {
  const state = evaluation.state;
  return state.pause ? { ...state, pause: null } : state;
}
