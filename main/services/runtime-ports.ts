import type { Clock, TimerHandle, Timers } from '../core/ports';

/** The real clock: the zone is read on every call because the user may travel. */
export function createSystemClock(): Clock {
  return {
    now: () => Date.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
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
