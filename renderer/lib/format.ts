/** Small, pure formatting helpers for the settings and history views. */
import { weekdayTime } from '$core/locale/clock';

/** "in 5 h 12 min", "in 3 min", "in less than a minute"; counts whole minutes, rounding up. */
export function inTime(ms: number): string {
  if (ms < 60_000) return 'in less than a minute';
  const minutes = Math.ceil(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [
    days > 0 ? `${days} d` : '',
    hours > 0 ? `${hours} h` : '',
    mins > 0 ? `${mins} min` : '',
  ].filter(Boolean);
  return `in ${parts.join(' ')}`;
}

/** "Next reminder: Tue 21:30 (in 5 h 12 min)"; the time as the regional format (`locale`) writes it. */
export function nextReminderText(at: number | null, now: number, locale: string, timeZone?: string): string {
  if (at === null) return 'No reminders: every night is switched off.';
  return `Next reminder: ${weekdayTime(at, locale, timeZone)} (${inTime(at - now)})`;
}

/** Milliseconds until the next whole minute, so a "in N min" label can refresh on one timer. */
export function msToNextMinute(now: number): number {
  return 60_000 - (now % 60_000);
}
