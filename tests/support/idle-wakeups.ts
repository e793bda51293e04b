/**
 * Timer wake-ups per simulated idle day (one reminder a night, nobody touching anything), for
 * tests and the benchmark. Async because the engine loads its saved state before arming. The
 * default settings have the follow-up on and the heads-up off; `settings` turns either.
 */
import type { ReminderSettings } from '../../main/core/reminders/types';
import { createRig } from './reminder-harness';

const DAY_MS = 86_400_000;

export async function measureIdleWakeups(
  days: number,
  zone = 'Europe/Berlin',
  settings: Partial<ReminderSettings> = {},
): Promise<number> {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('days must be a whole number ≥ 1');
  const start = Date.parse('2026-01-05T12:00:00Z');
  const rig = await createRig({ start, zone, settings });
  const before = rig.time.wakeUps;
  rig.time.advanceTo(start + days * DAY_MS);
  const perDay = (rig.time.wakeUps - before) / days;
  rig.engine.dispose();
  return perDay;
}
