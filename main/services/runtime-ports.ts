import type { Clock, TimerHandle, Timers } from '../core/ports';
import { resolveTimeZone } from '../core/time-zone';

/** What the system says about time; the real readers by default, a test's in tests. */
export interface SystemTimeReaders {
  now(): number;
  /** The zone name the system reports; undefined or unusable in some set-ups (TZ=:/etc/localtime). */
  zoneName(): string | undefined;
  /** The system's UTC offset at `now`, in minutes east of UTC. */
  utcOffsetMinutes(now: number): number;
}

const SYSTEM_READERS: SystemTimeReaders = {
  now: () => Date.now(),
  // resolvedOptions() types timeZone as string, but it is undefined where ICU finds no zone.
  zoneName: () => Intl.DateTimeFormat().resolvedOptions().timeZone as string | undefined,
  utcOffsetMinutes: (now) => -new Date(now).getTimezoneOffset(),
};

/**
 * The real clock: the zone is read on every call because the user may travel, and a zone name
 * Temporal rejects is replaced by the system's current UTC offset (see core/time-zone.ts).
 */
export function createSystemClock(readers: SystemTimeReaders = SYSTEM_READERS): Clock {
  const resolve = () => resolveTimeZone(readers.zoneName(), readers.utcOffsetMinutes(readers.now()));
  return {
    now: () => readers.now(),
    timeZone: () => resolve().zone,
    timeZoneNotice: () => resolve().notice,
  };
}

/** Real one-shot timers (Node's setTimeout in the main process). */
export function createSystemTimers(): Timers {
  return {
    setTimeout: (callback, delayMs) => {
      const handle = setTimeout(callback, delayMs);
      return handle as unknown as TimerHandle;
    },
    clearTimeout: (handle) => clearTimeout(handle as unknown as ReturnType<typeof setTimeout>),
  };
}
