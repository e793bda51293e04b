/**
 * What a window needs to know about the system's regional format before it shows anything: its
 * shape and the tag times and dates are written in. Apart from calendar.ts and clock.ts (weekday
 * names, parsing typed times), which only the views that show dates and times load.
 */
import type { HourCycle } from './clock';

/** ISO weekday: 1 = Monday … 7 = Sunday (Intl's weekInfo numbering). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The system's regional format as the renderer needs it. */
export interface RegionalFormat {
  /** Canonical BCP 47 tag, e.g. "en-US". */
  readonly locale: string;
  readonly hourCycle: HourCycle;
  readonly firstDayOfWeek: IsoWeekday;
}

/** Where the system names no usable locale ("", "C", a malformed tag): the app's former format. */
export const FALLBACK_LOCALE = 'en-GB';

/**
 * The tag times and dates are written in: the UI's language with the regional format's region and
 * clock, so English words follow a German week and clock ("Tue, 24 Nov", "22:30") instead of
 * German names landing in English sentences. The first day of the week is read from the regional
 * format itself (RegionalFormat.firstDayOfWeek).
 */
export function displayLocale(format: RegionalFormat, language: string): string {
  try {
    const region = new Intl.Locale(format.locale).maximize().region;
    return new Intl.Locale(language, {
      ...(region ? { region } : {}),
      hourCycle: format.hourCycle,
    }).toString();
  } catch {
    return format.locale;
  }
}
