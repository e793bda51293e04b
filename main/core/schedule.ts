/**
 * The bedtime schedule: when tonight's wind-down reminder is due, in any IANA time zone.
 * Pure functions; all zone rules come from Temporal (RFC 5545 "compatible" disambiguation).
 */
import { Temporal } from 'temporal-polyfill';
import { defaultSettings } from './settings/defaults';
import { LEAD_MINUTES_RANGE, NIGHT_KEYS, isWithin, rangeText, type NightKey } from './settings/vocabulary';

export type Schedule = {
  nights: Record<NightKey, { enabled: boolean; bedtime: string }>;
  leadMinutes: number;
};

export interface Reminder {
  /** When the wind-down reminder is due: bedtime minus the lead, as an absolute duration. */
  at: Date;
  bedtime: Date;
  /** The evening's local date, YYYY-MM-DD. */
  night: string;
}

export type ScheduleErrorCode =
  'invalid-bedtime' | 'invalid-lead' | 'invalid-instant' | 'unknown-time-zone' | 'out-of-range';

export class ScheduleError extends Error {
  override readonly name = 'ScheduleError';
  constructor(
    readonly code: ScheduleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Bedtimes before this belong to the night that began the evening before. */
export const MORNING_CUTOFF_HOUR = 6;

/** The settings' default schedule (settings/defaults.ts owns the default bedtimes), frozen. */
export const DEFAULT_SCHEDULE: Readonly<Schedule> = (() => {
  const { nights, leadMinutes } = defaultSettings().schedule;
  const frozenNights = Object.fromEntries(NIGHT_KEYS.map((key) => [key, Object.freeze(nights[key])]));
  return Object.freeze({ nights: Object.freeze(frozenNights) as Schedule['nights'], leadMinutes });
})();

/** Minutes after local midnight, or -1 when the text is not a 24-hour "HH:MM". */
function parseBedtime(text: unknown): number {
  // Hand-rolled rather than a regex or split: it runs seven times per call on the hot path.
  if (typeof text !== 'string' || text.length !== 5 || text.charCodeAt(2) !== 58) return -1;
  const hours = twoDigits(text, 0);
  const minutes = twoDigits(text, 3);
  return hours < 0 || hours > 23 || minutes < 0 || minutes > 59 ? -1 : hours * 60 + minutes;
}

function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** Bedtime minutes per weekday (index 0 = Monday), -1 when the night is off. */
function enabledBedtimes(schedule: Schedule): number[] {
  const lead = schedule.leadMinutes;
  if (!isWithin(lead, LEAD_MINUTES_RANGE)) {
    throw new ScheduleError(
      'invalid-lead',
      `leadMinutes must be a whole number ${rangeText(LEAD_MINUTES_RANGE)}, got ${String(lead)}`,
    );
  }
  return NIGHT_KEYS.map((key) => {
    const setting = schedule.nights[key];
    const minutes = parseBedtime(setting?.bedtime);
    if (minutes < 0) {
      throw new ScheduleError(
        'invalid-bedtime',
        `${key}: bedtime must be "HH:MM", got ${JSON.stringify(setting?.bedtime)}`,
      );
    }
    return setting.enabled === true ? minutes : -1;
  });
}

/** Throws ScheduleError when the schedule could never be used (bad "HH:MM", lead out of range). */
export function validateSchedule(schedule: Schedule): void {
  enabledBedtimes(schedule);
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/**
 * ECMAScript keeps every UTC offset under 24 hours, so a wall time read as if it were UTC is within
 * a day of the real instant. That bound needs no knowledge of tzdata and lets most nights be ruled
 * out without a zone lookup.
 */
const MAX_OFFSET_MS = DAY_MS;

function instantMs(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new ScheduleError('invalid-instant', 'not a valid Date');
  return ms;
}

function zoned(ms: number, timeZone: string): Temporal.ZonedDateTime {
  try {
    return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
  } catch (error) {
    throw zoneError(timeZone, error);
  }
}

function zoneError(timeZone: string, cause: unknown): ScheduleError {
  if (!isKnownTimeZone(timeZone)) {
    return new ScheduleError('unknown-time-zone', `unknown time zone ${JSON.stringify(timeZone)}`);
  }
  return new ScheduleError('out-of-range', `date out of range: ${String(cause)}`);
}

function isKnownTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string') return false;
  try {
    Temporal.Now.zonedDateTimeISO(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** A wall time on a UTC-epoch-numbered calendar day, as Temporal fields. */
function wallTime(day: number, minutes: number): Temporal.PlainDateTime {
  const date = new Date(day * DAY_MS);
  return new Temporal.PlainDateTime(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    Math.floor(minutes / 60),
    minutes % 60,
  );
}

const REJECT = Object.freeze({ disambiguation: 'reject' } as const);

/** The instant of a wall time that occurs exactly once in the zone, else null (gap or repeat). */
function uniqueInstant(day: number, minutes: number, timeZone: string): number | null {
  try {
    return wallTime(day, minutes).toZonedDateTime(timeZone, REJECT).epochMilliseconds;
  } catch {
    // Either the wall time is in a gap or repeated, or the zone is bad: the caller's
    // "compatible" lookup tells those apart.
    return null;
  }
}

/** RFC 5545 / Temporal "compatible": a gap takes the offset before it, a repeat its first time. */
function compatibleInstant(day: number, minutes: number, timeZone: string): number {
  return wallTime(day, minutes).toZonedDateTime(timeZone).epochMilliseconds;
}

/** Whether the calendar day occurs at all in the zone (Pacific/Apia skipped 2011-12-30). */
function dayExists(day: number, timeZone: string): boolean {
  // Start of day lands after any gap; a skipped day starts at the same instant as the next one.
  const startOf = (d: number) => wallTime(d, 0).toPlainDate().toZonedDateTime(timeZone).epochMilliseconds;
  return startOf(day) < startOf(day + 1);
}

function nightLabel(day: number): string {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return wallTime(day, 0).toPlainDate().toString();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * The first reminder strictly after `after`, or null when no night is enabled.
 * Throws ScheduleError for a bad "HH:MM", a lead out of range, an invalid Date or unknown zone.
 */
export function nextReminder(schedule: Schedule, after: Date, timeZone: string): Reminder | null {
  const bedtimes = enabledBedtimes(schedule);
  const afterMs = instantMs(after);
  if (bedtimes.every((minutes) => minutes < 0)) {
    if (!isKnownTimeZone(timeZone)) throw zoneError(timeZone, null);
    return null;
  }
  const leadMs = schedule.leadMinutes * MINUTE_MS;
  // Days are numbered from the Unix epoch in UTC; that is plain calendar counting, the zone only
  // enters through Temporal below. The local date is within a day of the UTC one, so starting
  // three days back covers the night before `after`'s local date even when that date was skipped.
  const utcDay = Math.floor(afterMs / DAY_MS);
  try {
    // Nights are walked in order and their reminders come in the same order, so the first one
    // after `after` is the answer. The range covers the start offset and two weeks: with one night
    // a week enabled and that night's date skipped by the zone, the answer is two weeks away.
    for (let day = utcDay - 3; day < utcDay + 16; day += 1) {
      // Epoch day 0, 1970-01-01, was a Thursday (index 3 from Monday).
      const minutes = bedtimes[(((day + 3) % 7) + 7) % 7] ?? -1;
      if (minutes < 0) continue;
      const afterMidnight = minutes < MORNING_CUTOFF_HOUR * 60;
      const bedtimeDay = afterMidnight ? day + 1 : day;
      if (bedtimeDay * DAY_MS + minutes * MINUTE_MS + MAX_OFFSET_MS - leadMs <= afterMs) continue;
      const unique = uniqueInstant(bedtimeDay, minutes, timeZone);
      const bedtimeMs = unique ?? compatibleInstant(bedtimeDay, minutes, timeZone);
      const atMs = bedtimeMs - leadMs;
      if (atMs <= afterMs) continue;
      // A bedtime that happens exactly once on the evening's own date proves the date exists;
      // otherwise (after midnight, or in a gap or repeat) ask whether noon is real, then check fully.
      const exists =
        (!afterMidnight && unique !== null) ||
        uniqueInstant(day, 12 * 60, timeZone) !== null ||
        dayExists(day, timeZone);
      if (!exists) continue;
      return { at: new Date(atMs), bedtime: new Date(bedtimeMs), night: nightLabel(day) };
    }
  } catch (error) {
    throw zoneError(timeZone, error);
  }
  throw new ScheduleError('out-of-range', `no reminder found after ${after.toISOString()}`);
}

/**
 * The night an instant belongs to (the evening's local date, YYYY-MM-DD): from 06:00 local until
 * 05:59 the next morning. Bedtimes and the "tonight" of user actions are read this way.
 */
export function nightOf(instant: Date, timeZone: string): string {
  const local = zoned(instantMs(instant), timeZone);
  const date = local.toPlainDate();
  return (local.hour < MORNING_CUTOFF_HOUR ? date.subtract({ days: 1 }) : date).toString();
}

/** The first 06:00 local strictly after `after` ("tomorrow morning"), gap-resolved like bedtimes. */
export function nextMorning(after: Date, timeZone: string): Date {
  const afterMs = instantMs(after);
  const local = zoned(afterMs, timeZone);
  const plainTime = new Temporal.PlainTime(MORNING_CUTOFF_HOUR);
  let date = local.toPlainDate();
  for (;;) {
    const morning = date.toZonedDateTime({ timeZone, plainTime }).epochMilliseconds;
    if (morning > afterMs) return new Date(morning);
    date = date.add({ days: 1 });
  }
}

/** Adds whole days to a night label (YYYY-MM-DD). */
export function addNights(night: string, days: number): string {
  return Temporal.PlainDate.from(night).add({ days }).toString();
}
