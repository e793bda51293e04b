/** nextReminderPerSec: the schedule's hot path (run on every wake-up and every settings change). */
import { DEFAULT_SCHEDULE, nextReminder } from '../../main/core/schedule';
import { fromSamples, type Figure } from '../figure';
import { seededRandom } from '../support/seeded-random';

/** Zones with DST both ways, a half-hour offset, a 30-minute DST shift, and none at all. */
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'UTC',
];
const INSTANT_COUNT = 4096;
const RUNS = 5;
const RUN_MS = 1000;
const WARM_UP_MS = 500;
/** Calls between clock reads, so reading the clock costs nothing measurable. */
const BATCH = 256;

/** Instants spread over 2020–2030 at arbitrary minutes (DST days included), made once. */
function inputInstants(): Date[] {
  const random = seededRandom(20_260_105);
  const from = Date.UTC(2020, 0, 1);
  const span = Date.UTC(2030, 0, 1) - from;
  return Array.from({ length: INSTANT_COUNT }, () => new Date(from + Math.floor(random() * span)));
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Calls per CPU-second of this process over about `durationMs` of wall time. CPU time, not wall
 * time: on a shared 2-core machine, wall time also counts whatever else is running, which says
 * nothing about nextReminder. (Concurrent GC threads add to CPU time, so this errs low.)
 * The sink keeps the results observably used.
 */
function callsPerSecond(
  instants: readonly Date[],
  durationMs: number,
): { rate: number; wallRate: number; sink: number } {
  let calls = 0;
  let sink = 0;
  const began = performance.now();
  const cpuBegan = cpuMs();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let i = 0; i < BATCH; i += 1, calls += 1) {
      const instant = instants[calls % instants.length];
      const zone = ZONES[calls % ZONES.length];
      if (instant === undefined || zone === undefined) throw new Error('no inputs');
      sink += nextReminder(DEFAULT_SCHEDULE, instant, zone)?.at.getTime() ?? 0;
    }
    elapsed = performance.now() - began;
  }
  return { rate: (calls / (cpuMs() - cpuBegan)) * 1000, wallRate: (calls / elapsed) * 1000, sink };
}

export const nextReminderFigure: Figure = {
  key: 'nextReminderPerSec',
  label: 'nextReminder calls per second',
  unit: 'calls/s',
  budget: { min: 100_000 },
  async measure() {
    const instants = inputInstants();
    let sink = callsPerSecond(instants, WARM_UP_MS).sink;
    const rates: number[] = [];
    const wallRates: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = callsPerSecond(instants, RUN_MS);
      rates.push(result.rate);
      wallRates.push(result.wallRate);
      sink += result.sink;
    }
    const wallMedian = [...wallRates].sort((a, b) => a - b)[Math.floor(wallRates.length / 2)] ?? 0;
    if (!Number.isFinite(sink)) throw new Error('nextReminder returned a non-finite instant');
    return fromSamples(
      rates,
      `calls per CPU-second of the bench process (wall-clock median ${Math.round(wallMedian).toLocaleString('en')}/s, ` +
        `which also counts other load); median of ${RUNS} runs of ~${RUN_MS} ms after a ${WARM_UP_MS} ms warm-up; DEFAULT_SCHEDULE, ` +
        `${INSTANT_COUNT} seeded instants over 2020–2030, zones ${ZONES.join(', ')}`,
    );
  },
};
