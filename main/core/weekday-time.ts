/** How the app names a moment in the week, in the tray and in the settings window alike. */

/**
 * "Tue 22:00" (en-GB, 24-hour) in the given zone, or the local zone when none is given. An
 * unknown zone falls back to UTC, labelled as such: a wrong time would mislead, a labelled one does not.
 */
export function weekdayTime(at: number, timeZone?: string): string {
  try {
    return format(at, timeZone);
  } catch {
    return `${format(at, 'UTC')} UTC`;
  }
}

function format(at: number, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('hour')}:${part('minute')}`;
}
