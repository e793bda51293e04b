/**
 * Child process for idleWakeupsPerDay: the reminder tests' own idle simulation, one zone at a time.
 * In a child so that an engine that wakes far too often (the fake clock then grinds through
 * millions of timers) is stopped by the parent's timeout instead of stalling the bench.
 * argv: <days> <zone>...   stdout: one JSON line, wake-ups per day for each zone in order
 */
import { measureIdleWakeups } from '../../tests/support/idle-wakeups';

const [daysArg, ...zones] = process.argv.slice(2);
const days = Number(daysArg);
if (!Number.isInteger(days) || zones.length === 0) throw new Error('usage: idle-wakeups.ts <days> <zone>...');

const perDay: number[] = [];
for (const zone of zones) perDay.push(await measureIdleWakeups(days, zone));
process.stdout.write(`${JSON.stringify(perDay)}\n`);
