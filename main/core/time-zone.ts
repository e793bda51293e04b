/**
 * The time zone Unknot runs in. The system reports a zone name that Temporal sometimes rejects
 * (`Etc/Unknown` for an empty TZ, `GMT+05:00` for TZ=GMT+5, nothing at all for a misspelled
 * zone); then the system's current UTC offset is used as a fixed zone, read again on every call
 * (so at every wake-up), and the user is told. Without this, every reminder, check-in and history
 * record would fail on that name.
 */
import { isKnownTimeZone } from './schedule';

export interface ResolvedTimeZone {
  /** A zone Temporal accepts: the system's own, or a fixed offset. */
  readonly zone: string;
  /** What Settings tells the user when the system's zone could not be used, else null. */
  readonly notice: string | null;
}

/** "+05:00", "-03:30": minutes east of UTC as ±HH:MM. */
export function formatUtcOffset(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutesEast));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A fixed zone for the offset. Whole hours use IANA's Etc/GMT zones (whose sign is inverted:
 * Etc/GMT-5 is UTC+5), which Intl's formatters accept too; other offsets use "+05:30", which
 * Temporal accepts.
 */
function fixedZone(minutesEast: number): string {
  if (minutesEast === 0) return 'UTC';
  const hours = minutesEast / 60;
  if (Number.isInteger(hours) && hours >= -12 && hours <= 14)
    return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  return formatUtcOffset(minutesEast);
}

export function resolveTimeZone(
  systemName: string | undefined,
  utcOffsetMinutesEast: number,
): ResolvedTimeZone {
  if (systemName !== undefined && systemName !== '' && isKnownTimeZone(systemName)) {
    return { zone: systemName, notice: null };
  }
  return {
    zone: fixedZone(utcOffsetMinutesEast),
    notice: `Your system's time zone could not be read; using UTC${formatUtcOffset(utcOffsetMinutesEast)}.`,
  };
}
