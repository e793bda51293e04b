/**
 * Child process for the idle wake-up figures: the reminder tests' own idle simulation, one zone at a
 * time. In a child so that an engine that wakes far too often (the fake clock then grinds through
 * millions of timers) is stopped by the parent's timeout instead of stalling the bench.
 * argv: <days> <nudges> <zone>...   nudges: default | on | off (heads-up and follow-up)
 * stdout: one JSON line, wake-ups per day for each zone in order
 */
import type { ReminderSettings } from '../../main/core/reminders/types';
import { measureIdleWakeups } from '../../tests/support/idle-wakeups';

const NUDGES: Record<string, Partial<ReminderSettings>> = {
  default: {},
  on: { headsUpMinutes: 10, followUp: true },
  off: { headsUpMinutes: null, followUp: false },
};

const [daysArg, nudges = '', ...zones] = process.argv.slice(2);
const days = Number(daysArg);
const settings = NUDGES[nudges];
if (!Number.isInteger(days) || !settings || zones.length === 0) {
  throw new Error('usage: idle-wakeups.ts <days> <default|on|off> <zone>...');
}

const perDay: number[] = [];
for (const zone of zones) perDay.push(await measureIdleWakeups(days, zone, settings));
process.stdout.write(`${JSON.stringify(perDay)}\n`);
