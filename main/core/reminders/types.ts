import type { Schedule } from '../schedule';
import type { Settings } from '../settings/schema';
import { defaultSettings } from '../settings/defaults';

export type ReminderStatus = 'waiting' | 'due' | 'snoozed' | 'skipped' | 'paused';

/** '1h' for an hour; 'morning' until 06:00 local of the next morning; 'indefinite' until resumed. */
export type PauseKind = '1h' | 'morning' | 'indefinite';

export interface ReminderSettings {
  schedule: Schedule;
  /** Within SNOOZE_MINUTES_RANGE (settings/vocabulary.ts). */
  snoozeMinutes: number;
  /** How long after bedtime a missed or unanswered reminder is still worth showing (LATE_WINDOW_MINUTES_RANGE). */
  lateWindowMinutes: number;
  /** Minutes before the reminder for a heads-up (HEADS_UP_MINUTES_RANGE), or null for none. */
  headsUpMinutes: number | null;
  /** One more notification at bedtime if the reminder is still unanswered then. */
  followUp: boolean;
}

export const MAX_SNOOZES_PER_NIGHT = 3;
/** The reminder engine's part of the stored settings. */
export function reminderSettingsOf({
  schedule,
  reminders,
}: Pick<Settings, 'schedule' | 'reminders'>): ReminderSettings {
  return {
    schedule,
    snoozeMinutes: reminders.snoozeMinutes,
    lateWindowMinutes: reminders.lateWindowMinutes,
    headsUpMinutes: reminders.headsUp.enabled ? reminders.headsUp.minutes : null,
    followUp: reminders.followUp,
  };
}

export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = Object.freeze(
  reminderSettingsOf(defaultSettings()),
);

/** Instants are epoch milliseconds so that snapshots stay plain, immutable, JSON-safe data. */
export interface UpcomingReminder {
  readonly at: number;
  readonly bedtime: number;
  /** The evening's local date, YYYY-MM-DD. */
  readonly night: string;
}

/** Everything the tray and the app need to show the reminder state. */
export interface ReminderSnapshot {
  readonly status: ReminderStatus;
  /**
   * The next reminder that will be shown: while snoozed, the snooze's return; otherwise the next
   * night that is neither skipped nor already reminded. Null when no night is enabled.
   */
  readonly next: UpcomingReminder | null;
  /** The night being reminded about while 'due' or 'snoozed'. */
  readonly current: { readonly night: string; readonly bedtime: number } | null;
  /** While paused: when the pause ends, or null for "until I resume". */
  readonly pausedUntil: number | null;
  /** Snoozes still allowed for the current (or next) night. */
  readonly snoozesLeft: number;
  readonly snoozeMinutes: number;
  /** A recent night whose reminder was held while the user was away and never shown. */
  readonly missedNight: string | null;
}

export interface DueReminder {
  readonly night: string;
  readonly bedtime: number;
  /** When it was meant to be shown (the reminder time, or the end of a snooze). */
  readonly scheduledAt: number;
  /** Shown well after scheduledAt, e.g. because the machine was asleep. */
  readonly late: boolean;
  /** The return of a snoozed reminder. */
  readonly afterSnooze: boolean;
}

/** Untouched this long, the gentle prompt closes itself; the tray still shows the reminder as due. */
export const PROMPT_CLOSES_AFTER_MS = 3 * 60_000;

/** What the gentle prompt shows for the reminder that is due. */
export interface ReminderPrompt {
  readonly night: string;
  /** The routine's length in whole minutes. */
  readonly minutes: number;
  readonly snoozeMinutes: number;
  readonly snoozesLeft: number;
}

/** The quieter messages around the reminder: never more than one of each kind a night. */
export type Nudge =
  | {
      readonly kind: 'heads-up';
      readonly night: string;
      /** When the reminder itself will be shown. */
      readonly reminderAt: number;
    }
  | { readonly kind: 'follow-up'; readonly night: string; readonly bedtime: number };
