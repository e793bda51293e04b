/**
 * idleWakeupsPerDay: how often the reminder engine wakes the main process on a day nobody uses
 * the app (one reminder a night, never answered), counted by the fake timer port. Reuses the
 * reminder tests' own simulation (measureIdleWakeups) so the bench and the tests measure the
 * same thing.
 */
import { fromSamples, type Figure } from '../figure';
import { childScript, runJsonChild } from '../support/json-child';

const DAYS = 30;
/** Each zone is one run: DST shifts and offsets change when the engine's timers land. */
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
/** A few hundred ms when the engine behaves; a runaway one is stopped here. */
const TIMEOUT_MS = 60_000;

type Nudges = 'default' | 'on' | 'off';
const NUDGE_WORDS: Record<Nudges, string> = {
  default: 'default settings (follow-up on, heads-up off)',
  on: 'heads-up (10 min) and follow-up both on',
  off: 'heads-up and follow-up both off',
};

function idleWakeups(key: string, nudges: Nudges, label: string): Figure {
  return {
    key,
    label,
    unit: 'wake-ups/day',
    budget: { max: 6 },
    async measure() {
      const perDay = await runJsonChild(
        ['--import', 'tsx', childScript('idle-wakeups.ts'), String(DAYS), nudges, ...ZONES],
        TIMEOUT_MS,
      );
      if (
        !Array.isArray(perDay) ||
        perDay.length !== ZONES.length ||
        !perDay.every((x) => typeof x === 'number')
      ) {
        throw new Error(`idle-wakeups child printed ${JSON.stringify(perDay)}`);
      }
      return fromSamples(
        perDay,
        `fake timers, default schedule, ${NUDGE_WORDS[nudges]}, ${DAYS} simulated days from 2026-01-05 ` +
          `(tests/support/idle-wakeups.ts); one run per zone (${ZONES.join(', ')}), each the mean over the ${DAYS} days`,
      );
    },
  };
}

export const idleWakeupsFigure = idleWakeups(
  'idleWakeupsPerDay',
  'default',
  'Main-process timer wake-ups per idle day',
);
/** The bedtime moment's extra notifications must not cost idle wake-ups beyond the budget (issue 15). */
export const idleWakeupsNudgesOnFigure = idleWakeups(
  'idleWakeupsPerDayNudgesOn',
  'on',
  'Idle wake-ups per day, heads-up and follow-up on',
);
export const idleWakeupsNudgesOffFigure = idleWakeups(
  'idleWakeupsPerDayNudgesOff',
  'off',
  'Idle wake-ups per day, heads-up and follow-up off',
);
