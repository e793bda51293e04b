/**
 * One timer armed for the next moment something can change, the scheduler every time-driven
 * feature (reminders, the morning check-in) uses instead of polling.
 */
import type { Clock, TimerHandle, Timers } from './ports';

/**
 * The longest sleep. Waking at least every 8 hours catches a changed clock or time zone without
 * polling (resume and unlock catch most changes sooner); 8 rather than 6 keeps a night with a
 * heads-up, reminder, follow-up and late-window end within 6 wake-ups a day. It is also far below setTimeout's 2^31-1 ms limit, so a longer wait (all nights off, an
 * indefinite pause) is simply split into hops of this size.
 */
export const MAX_SLEEP_MS = 8 * 60 * 60 * 1000;
/**
 * The shortest sleep. A timer can fire a hair before its wall-clock moment (clock slew); a second's
 * floor makes that a one-second delay instead of a burst of near-zero re-arms.
 */
export const MIN_SLEEP_MS = 1000;

export interface WakeTimer {
  /** Replaces any armed wake with one at `wakeAt` (epoch ms), clamped to the sleep bounds; null disarms. */
  arm(wakeAt: number | null): void;
  cancel(): void;
}

export function createWakeTimer(deps: { clock: Clock; timers: Timers; onWake(): void }): WakeTimer {
  const { clock, timers } = deps;
  let handle: TimerHandle | null = null;
  const cancel = (): void => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  return {
    arm(wakeAt) {
      cancel();
      if (wakeAt === null) return;
      const wait = Math.min(Math.max(wakeAt - clock.now(), MIN_SLEEP_MS), MAX_SLEEP_MS);
      handle = timers.setTimeout(() => {
        handle = null;
        deps.onWake();
      }, wait);
    },
    cancel,
  };
}
