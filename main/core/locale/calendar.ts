/**
 * The user's calendar: the first day of the week, weekday names and calendar dates as their
 * regional format writes them, all from Intl. What main sends the renderer about the locale
 * (`RegionalFormat`) is built here too, so both sides read the same answer.
 */
import { NIGHT_KEYS, type NightKey } from '../settings/vocabulary';
import { hourCycleOf } from './clock';
import { FALLBACK_LOCALE, type IsoWeekday, type RegionalFormat } from './region';

// The shapes live in region.ts (small, for every window's first chunk); named here for their readers.
export type { IsoWeekday, RegionalFormat } from './region';

/** The tag as Intl spells it, or the fallback when Intl cannot use it. */
export function canonicalLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

export function regionalFormatOf(tag: string): RegionalFormat {
  const locale = canonicalLocale(tag);
  return { locale, hourCycle: hourCycleOf(locale), firstDayOfWeek: firstDayOfWeek(locale) };
}

type WeekInfo = { readonly firstDay?: number };
/** Chromium has getWeekInfo(); Node 20's V8 has the older weekInfo getter; TypeScript knows neither. */
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** The first day of the week in the locale: Sunday in en-US, Monday in de-DE. */
export function firstDayOfWeek(locale: string): IsoWeekday {
  const intl = new Intl.Locale(canonicalLocale(locale)) as LocaleWithWeekInfo;
  const info = typeof intl.getWeekInfo === 'function' ? intl.getWeekInfo() : intl.weekInfo;
  const day = info?.firstDay;
  // A runtime with neither API (older engines) gets Monday: ISO 8601's week, and most locales'.
  return day !== undefined && Number.isInteger(day) && day >= 1 && day <= 7 ? (day as IsoWeekday) : 1;
}

/** The ISO weekday of a calendar date ("2026-11-23" -> 1, a Monday). */
export function isoWeekdayOfDate(date: string): IsoWeekday {
  return (((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

/** The nights (NIGHT_KEYS runs Monday to Sunday) in the order the locale's week runs. */
export function nightsInWeekOrder(firstDay: IsoWeekday): readonly NightKey[] {
  return NIGHT_KEYS.map((_, index) => NIGHT_KEYS[(index + firstDay - 1) % 7] as NightKey);
}

/** 5 January 1970 was a Monday; a UTC noon keeps every zone on the same date. */
const MONDAY_NOON = Date.UTC(1970, 0, 5, 12);
const DAY_MS = 86_400_000;

/** "Monday", "lundi", "月曜日": each night's weekday, keyed like the settings. */
export function weekdayNames(
  locale: string,
  width: 'long' | 'short' = 'long',
): Readonly<Record<NightKey, string>> {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return Object.fromEntries(
    NIGHT_KEYS.map((key, index) => [key, format.format(MONDAY_NOON + index * DAY_MS)]),
  ) as Record<NightKey, string>;
}

/** The weekday of a calendar date ("2026-11-23" -> "Monday"), named the same in any zone. */
export function weekdayOfDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
}

/**
 * A formatter of calendar dates ("2026-11-24") in the locale: "Tue 24 Nov" (en-GB), "Tue, Nov 24"
 * (en-US). Dates are read as UTC noons, so no zone can move them to another day.
 */
export function dateFormatter(
  locale: string,
  options: Pick<Intl.DateTimeFormatOptions, 'weekday' | 'day' | 'month' | 'year'>,
): (date: string) => string {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return (date) => format.format(Date.parse(`${date}T12:00:00Z`));
}
