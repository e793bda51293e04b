import { describe, expect, it } from 'vitest';
import { createWakeTimer, MAX_SLEEP_MS, MIN_SLEEP_MS } from '../../../../main/core/wake-timer';
import { createFakeTime, MAX_TIMEOUT_MS } from '../../../support/fake-time';

const START = Date.parse('2026-11-24T12:00:00Z');

function rig() {
  const time = createFakeTime(START);
  let wakes = 0;
  const timer = createWakeTimer({ clock: time.clock, timers: time.timers, onWake: () => (wakes += 1) });
  return { time, timer, wakes: () => wakes };
}

describe('createWakeTimer', () => {
  it('wakes once at the asked moment', () => {
    const { time, timer, wakes } = rig();
    timer.arm(START + 90_000);
    expect(time.nextFireAt()).toBe(START + 90_000);
    time.advanceBy(89_999);
    expect(wakes()).toBe(0);
    time.advanceBy(1);
    expect(wakes()).toBe(1);
    expect(time.pendingCount()).toBe(0);
  });

  it('keeps only one timer: arming again replaces the earlier wake', () => {
    const { time, timer, wakes } = rig();
    timer.arm(START + 60_000);
    timer.arm(START + 120_000);
    expect(time.pendingCount()).toBe(1);
    time.advanceBy(120_000);
    expect(wakes()).toBe(1);
  });

  it('splits a far wake into hops of MAX_SLEEP_MS, below setTimeout limit', () => {
    const { time, timer } = rig();
    timer.arm(START + 40 * 24 * 60 * 60 * 1000);
    expect(MAX_SLEEP_MS).toBeLessThan(MAX_TIMEOUT_MS);
    expect((time.nextFireAt() ?? 0) - START).toBe(MAX_SLEEP_MS);
  });

  it('waits at least MIN_SLEEP_MS for a moment already past (clock slew)', () => {
    const { time, timer } = rig();
    timer.arm(START - 5_000);
    expect((time.nextFireAt() ?? 0) - START).toBe(MIN_SLEEP_MS);
  });

  it('null and cancel() disarm', () => {
    const { time, timer, wakes } = rig();
    timer.arm(START + 1_000);
    timer.arm(null);
    expect(time.pendingCount()).toBe(0);
    timer.arm(START + 1_000);
    timer.cancel();
    time.advanceBy(MAX_SLEEP_MS);
    expect(wakes()).toBe(0);
  });

  it('can be re-armed from inside its own wake', () => {
    const time = createFakeTime(START);
    let wakes = 0;
    const timer = createWakeTimer({
      clock: time.clock,
      timers: time.timers,
      onWake: () => {
        wakes += 1;
        if (wakes < 3) timer.arm(time.clock.now() + 10_000);
      },
    });
    timer.arm(START + 10_000);
    time.advanceBy(60_000);
    expect(wakes).toBe(3);
    expect(time.pendingCount()).toBe(0);
  });
});
