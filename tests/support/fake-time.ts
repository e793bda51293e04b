/**
 * A fake Clock + Timers pair for simulations. Timers run on a monotonic clock, as Node's do, so
 * moving the wall clock (a clock change, or a suspend: the monotonic clock stops while the machine
 * sleeps) fires nothing by itself, exactly like the real thing.
 */
import type { Clock, TimerHandle, Timers } from '../../main/core/ports';

/** Node fires a longer timeout after 1 ms, with only a warning; the fake makes that a failure. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
const MAX_TIMER_BURST = 1000;

export interface FakeTime {
  readonly clock: Clock;
  readonly timers: Timers;
  /** Runs time forward to the wall-clock instant `wallMs`, firing due timers in order. */
  advanceTo(wallMs: number): void;
  advanceBy(ms: number): void;
  /** Sets the wall clock (an NTP step, a user changing the time); no timer fires. */
  setWallClock(wallMs: number): void;
  /** The machine sleeps for `ms`: the wall clock moves, pending timers are delayed by as much. */
  suspend(ms: number): void;
  setTimeZone(timeZone: string): void;
  /** How many timer callbacks have run (each one is a wake-up of the process). */
  readonly wakeUps: number;
  /** Timers armed and not yet fired or cleared. */
  pendingCount(): number;
  /** Wall-clock instant at which the earliest pending timer fires, or null. */
  nextFireAt(): number | null;
}

interface PendingTimer {
  readonly handle: TimerHandle;
  readonly dueMono: number;
  readonly seq: number;
  readonly callback: () => void;
}

export function createFakeTime(startWallMs: number, startTimeZone = 'UTC'): FakeTime {
  let mono = 0;
  let wallOffset = startWallMs;
  let zone = startTimeZone;
  let seq = 0;
  let wakeUps = 0;
  const pending: PendingTimer[] = [];

  const clock: Clock = {
    now: () => mono + wallOffset,
    timeZone: () => zone,
  };

  const timers: Timers = {
    setTimeout(callback, delayMs) {
      if (!Number.isFinite(delayMs) || delayMs > MAX_TIMEOUT_MS) {
        throw new RangeError(`setTimeout delay ${delayMs} ms is beyond what Node honours`);
      }
      const handle: TimerHandle = { id: (seq += 1) };
      // Node treats anything under 1 ms as 1 ms.
      pending.push({ handle, dueMono: mono + Math.max(1, delayMs), seq, callback });
      return handle;
    },
    clearTimeout(handle) {
      const index = pending.findIndex((timer) => timer.handle === handle);
      if (index >= 0) pending.splice(index, 1);
    },
  };

  function earliest(): PendingTimer | undefined {
    let best: PendingTimer | undefined;
    for (const timer of pending) {
      if (!best || timer.dueMono < best.dueMono || (timer.dueMono === best.dueMono && timer.seq < best.seq)) {
        best = timer;
      }
    }
    return best;
  }

  function advanceTo(wallMs: number): void {
    const targetMono = wallMs - wallOffset;
    if (targetMono < mono) throw new RangeError('advanceTo cannot go back; use setWallClock');
    let burst = 0;
    for (let next = earliest(); next && next.dueMono <= targetMono; next = earliest()) {
      pending.splice(pending.indexOf(next), 1);
      // A timer that keeps re-arming itself for "now" would hang the test run; fail it instead.
      burst = next.dueMono - mono <= 1000 ? burst + 1 : 0;
      if (burst > MAX_TIMER_BURST)
        throw new Error(`timer storm: ${burst} timers within a second of each other`);
      mono = next.dueMono;
      wakeUps += 1;
      next.callback();
    }
    mono = targetMono;
  }

  return {
    clock,
    timers,
    advanceTo,
    advanceBy: (ms) => advanceTo(clock.now() + ms),
    setWallClock(wallMs) {
      wallOffset = wallMs - mono;
    },
    suspend(ms) {
      wallOffset += ms;
    },
    setTimeZone(timeZone) {
      zone = timeZone;
    },
    get wakeUps() {
      return wakeUps;
    },
    pendingCount: () => pending.length,
    nextFireAt() {
      const next = earliest();
      return next ? next.dueMono + wallOffset : null;
    },
  };
}
