/**
 * Times of day as the user's regional format writes them, and back. Stored values stay the
 * canonical 24-hour "HH:MM" (settings/vocabulary.ts owns that pattern); only what people see and
 * type follows the locale. Everything comes from Intl: no hand-written names, words or formats.
 */
import { TIME_OF_DAY_PATTERN } from '../settings/vocabulary';

/** The two conventions a clock is written in; Intl's h11 and h24 are variants of them. */
export type HourCycle = 'h12' | 'h23';

/** The bedtime the examples show: late evening, so a 12-hour example needs its PM word. */
const EXAMPLE_TIME = '22:30';
/** A morning time, to read the locale's word before noon. */
const MORNING_SAMPLE = '09:30';

/** 1 January 1970 at the given wall time, in UTC: formatting it in UTC shows that wall time. */
function sampleInstant(canonical: string): number {
  return Date.UTC(1970, 0, 1, Number(canonical.slice(0, 2)), Number(canonical.slice(3, 5)));
}

/** The hour cycle the locale writes times in (a "-u-hc-" extension in the tag is honoured). */
export function hourCycleOf(locale: string): HourCycle {
  const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return hourCycle === 'h11' || hourCycle === 'h12' ? 'h12' : 'h23';
}

/** `timeZone` undefined is the local zone (wall times of canonical values pass 'UTC'). */
function timeFormat(locale: string, cycle: HourCycle, timeZone: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    // A 24-hour clock keeps its leading zero ("07:30"), as the canonical form and most such locales do.
    hour: cycle === 'h23' ? '2-digit' : 'numeric',
    minute: '2-digit',
    // hour12: false would give en-US's "24:00" at midnight; h23 is what a 24-hour clock means.
    ...(cycle === 'h23' ? { hourCycle: 'h23' } : { hour12: true }),
    timeZone,
  });
}

/** A canonical "HH:MM" as the locale shows it: "10:30 PM" (en-US), "22:30" (de-DE), "午後10:30". */
export function formatTimeOfDay(canonical: string, locale: string, cycle = hourCycleOf(locale)): string {
  if (!TIME_OF_DAY_PATTERN.test(canonical)) return canonical;
  return timeFormat(locale, cycle, 'UTC').format(sampleInstant(canonical));
}

const FIXED_OFFSET = /^([+-])(\d{2}):(\d{2})$/u;

/**
 * The app's fixed-offset stand-in for an unreadable system zone ("+05:30", core/time-zone.ts) is
 * one Temporal takes but not every Intl: its wall clock is UTC's, shifted by the offset.
 */
function wallClock(at: number, timeZone: string | undefined): { at: number; timeZone: string | undefined } {
  const offset = timeZone === undefined ? null : FIXED_OFFSET.exec(timeZone);
  if (!offset) return { at, timeZone };
  const minutes = Number(offset[2]) * 60 + Number(offset[3]);
  return { at: at + (offset[1] === '-' ? -minutes : minutes) * 60_000, timeZone: 'UTC' };
}

/** The time of day of an instant in a zone (the local zone when none is given), as the locale shows it. */
export function timeOfInstant(at: number, locale: string, timeZone?: string): string {
  const wall = wallClock(at, timeZone);
  return timeFormat(locale, hourCycleOf(locale), wall.timeZone).format(wall.at);
}

/**
 * A time written by `write` in `timeZone`, or, when Intl cannot read that zone, in UTC and labelled
 * so: an unknown zone must not cost the tray or a reminder its text, and UTC said is not misleading.
 */
export function inZoneOrUtc(write: (timeZone: string) => string, timeZone: string): string {
  try {
    return write(timeZone);
  } catch {
    return `${write('UTC')} UTC`;
  }
}

/** "Tue 22:00" / "Tue 10:00 PM": a moment in the week, in the tray and the settings window alike. */
export function weekdayTime(at: number, locale: string, timeZone?: string): string {
  const wall = wallClock(at, timeZone);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: wall.timeZone }).format(
    wall.at,
  );
  return `${weekday} ${timeOfInstant(wall.at, locale, wall.timeZone)}`;
}

/**
 * Both forms a time can be typed in, as the locale writes them, its own first: what a time field's
 * hint and refusal show (their words are the catalogs', common.timeHint and common.timeRefusal).
 */
export function timeExamples(locale: string): { own: string; other: string } {
  const own = hourCycleOf(locale);
  return {
    own: formatTimeOfDay(EXAMPLE_TIME, locale, own),
    other: formatTimeOfDay(EXAMPLE_TIME, locale, own === 'h12' ? 'h23' : 'h12'),
  };
}

/** A refusal carries no words: the field says it with timeExamples and the catalog. */
export type TimeParse = { ok: true; value: string } | { ok: false };

/** Day-period words compare without case, spaces or dots: "p. m.", "P.M." and "pm" are one word. */
function compact(text: string): string {
  return text.toLowerCase().replace(/[\s.]/gu, '');
}

/** The locale's words for before and after noon, with the English ones every locale also accepts. */
function dayPeriodWords(locale: string): { am: Set<string>; pm: Set<string> } {
  const words = { am: new Set(['am']), pm: new Set(['pm']) };
  const format = timeFormat(locale, 'h12', 'UTC');
  for (const [sample, set] of [
    [MORNING_SAMPLE, words.am],
    [EXAMPLE_TIME, words.pm],
  ] as const) {
    for (const part of format.formatToParts(sampleInstant(sample))) {
      if (part.type === 'dayPeriod') set.add(compact(part.value));
    }
  }
  return words;
}

/** The locale's own digits (Arabic-Indic, Devanagari…) read as 0–9; ASCII digits always are. */
function toAsciiDigits(text: string, locale: string): string {
  const own = [...new Intl.NumberFormat(locale, { useGrouping: false }).format(1234567890)];
  const value = new Map(own.map((digit, index) => [digit, String((index + 1) % 10)]));
  return [...text].map((c) => value.get(c) ?? c).join('');
}

// Hours, then minutes after ":", "." or "h"; a day-period word may come before ("午後10:30") or after.
const TYPED_TIME = /^(\D*?)\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(\D*)$/u;

/**
 * What was typed, as a canonical "HH:MM". Accepts "22:30", "7:05", "10:30 pm", "10.30PM", "10pm",
 * and the locale's own words for AM and PM ("午後10:30", "10:30 p. m."), whatever its convention;
 * full-width and the locale's own digits too. A bare hour ("7") is refused: at bedtime it could be
 * 07:00 or 19:00, so the minutes or a day-period word must say which.
 */
export function parseTimeOfDay(typed: string, locale: string): TimeParse {
  const refused: TimeParse = { ok: false };
  const text = toAsciiDigits(typed.normalize('NFKC').trim(), locale);
  const match = TYPED_TIME.exec(text);
  if (!match) return refused;
  const [, before = '', hourText = '', minuteText, after = ''] = match;
  if (before.trim() !== '' && after.trim() !== '') return refused;
  const word = compact(before + after);
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return refused;
  let hours: number;
  if (word === '') {
    if (minuteText === undefined || hour > 23) return refused;
    hours = hour;
  } else {
    const words = dayPeriodWords(locale);
    const pm = words.pm.has(word);
    if (!pm && !words.am.has(word)) return refused;
    // 12 AM is midnight, 12 PM noon; an h11 locale's "午後0:30" is 12:30.
    if (hour > 12) return refused;
    hours = (hour % 12) + (pm ? 12 : 0);
  }
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}
