/** Small, pure formatting helpers for the settings and history views. */
import type { NamespaceMessages } from '$core/locale/catalogs';
import { weekdayTime } from '$core/locale/clock';

/** The settings catalog's words a preview of the next reminder is made of. */
export type PreviewWords = Pick<
  NamespaceMessages<'settings'>,
  | 'noReminders'
  | 'nextReminder'
  | 'inLessThanMinute'
  | 'inDuration'
  | 'durationDays'
  | 'durationHours'
  | 'minutes'
>;

/** "in 5 h 12 min", "in 3 min", "in less than a minute"; counts whole minutes, rounding up. */
export function inTime(ms: number, words: PreviewWords): string {
  if (ms < 60_000) return words.inLessThanMinute();
  const minutes = Math.ceil(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [
    days > 0 ? words.durationDays({ days }) : '',
    hours > 0 ? words.durationHours({ hours }) : '',
    mins > 0 ? words.minutes({ minutes: mins }) : '',
  ].filter(Boolean);
  return words.inDuration({ duration: parts.join(' ') });
}

/** "Next reminder: Tue 21:30 (in 5 h 12 min)"; the time as the regional format (`locale`) writes it. */
export function nextReminderText(
  at: number | null,
  now: number,
  locale: string,
  words: PreviewWords,
  timeZone?: string,
): string {
  if (at === null) return words.noReminders();
  return words.nextReminder({ when: weekdayTime(at, locale, timeZone), inTime: inTime(at - now, words) });
}

/** Milliseconds until the next whole minute, so a "in N min" label can refresh on one timer. */
export function msToNextMinute(now: number): number {
  return 60_000 - (now % 60_000);
}
