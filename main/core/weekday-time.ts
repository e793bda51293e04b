/** How the app names a moment in the week, in the tray and in the settings window alike. */

/** "Tue 22:00" (en-GB, 24-hour) in the given zone, or the local zone when none is given. */
export function weekdayTime(at: number, timeZone?: string): string {
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
