import { DEFAULT_SCHEDULE, type Schedule } from '../schedule';
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
}

export const MAX_SNOOZES_PER_NIGHT = 3;
export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = Object.freeze({
  schedule: DEFAULT_SCHEDULE,
  snoozeMinutes: defaultSettings().reminders.snoozeMinutes,
  lateWindowMinutes: defaultSettings().reminders.lateWindowMinutes,
});

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
