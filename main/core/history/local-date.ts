/**
 * Local dates for the morning log. A morning is the calendar date in the zone in force when it is
 * logged; nights and mornings are then plain YYYY-MM-DD labels, so statistics count calendar days
 * with UTC arithmetic (no zone, no DST: a 23-hour night is still one night).
 */
import { Temporal } from 'temporal-polyfill';

const DAY_MS = 86_400_000;

/** The local calendar date of an instant in the zone, YYYY-MM-DD. */
export function localDateOf(instantMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instantMs)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/**
 * The instant a wall time "HH:MM" occurs on a local date. A time in a DST gap takes the offset
 * before it (08:00 never falls in one in practice; 02:30 would become 03:30), a repeated time its
 * first occurrence, as bedtimes do.
 */
export function instantAt(date: string, time: string, timeZone: string): number {
  return Temporal.PlainDate.from(date).toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(time) })
    .epochMilliseconds;
}

/** Days since 1970-01-01 for a YYYY-MM-DD label (calendar counting, no zone). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The YYYY-MM-DD label of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}
