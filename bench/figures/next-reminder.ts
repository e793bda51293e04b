/**
 * The schedule's hot path (run on every wake-up and every settings change), as ratios measured in
 * the same run:
 * - nextReminderPeerRatio: nextReminder's throughput against croner, a cron library a user of this
 *   field would reach for, answering the same "next reminder after this instant, in this zone"
 *   queries for the same schedule written as cron rules (cron-rules.ts);
 * - nextReminderNightsGrowth: nextReminder's cost per call with one enabled night against seven.
 * Throughput is counted per CPU-second of this process, not per wall-clock second: on a shared
 * machine wall time also counts whatever else runs. The sides alternate run by run.
 */
import { Cron } from 'croner';
import { DEFAULT_SCHEDULE, nextReminder, type Schedule } from '../../main/core/schedule';
import { NIGHT_KEYS } from '../../main/core/settings/vocabulary';
import { fromPaired, sharedMeasurement, type Figure } from '../figure';
import { alternate } from '../ratio';
import { seededRandom } from '../support/seeded-random';
import { cronRules } from './cron-rules';

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
const RUNS = 6;
const RUN_MS = 700;
const WARM_UP_MS = 400;
/** Calls between clock reads, so reading the clock costs nothing measurable. */
const BATCH = 64;

/** One "next reminder after `after` in `zone`" answer, as epoch ms (0 when none). */
type Query = (after: Date, zone: string) => number;

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
 * Calls per CPU-second over about `durationMs` of wall time, walking the same instant × zone
 * sequence whatever the query. (Concurrent GC threads add to CPU time, so this errs low, for
 * both sides alike.) The sink keeps the answers observably used.
 */
function callsPerCpuSecond(
  query: Query,
  instants: readonly Date[],
  durationMs: number,
  sink: number[],
): number {
  let calls = 0;
  let total = 0;
  const began = performance.now();
  const cpuBegan = cpuMs();
  while (performance.now() - began < durationMs) {
    for (let i = 0; i < BATCH; i += 1, calls += 1) {
      const instant = instants[calls % instants.length];
      const zone = ZONES[calls % ZONES.length];
      if (instant === undefined || zone === undefined) throw new Error('no inputs');
      total += query(instant, zone);
    }
  }
  sink.push(total);
  return (calls / (cpuMs() - cpuBegan)) * 1000;
}

function unknotQuery(schedule: Readonly<Schedule>): Query {
  return (after, zone) => nextReminder(schedule, after, zone)?.at.getTime() ?? 0;
}

/** The peer as its users would use it: the rules built once per zone, then asked for their next run. */
function cronerQuery(schedule: Readonly<Schedule>): Query {
  const rules = cronRules(schedule);
  const jobs = new Map(ZONES.map((zone) => [zone, rules.map((rule) => new Cron(rule, { timezone: zone }))]));
  return (after, zone) => {
    let next = Number.POSITIVE_INFINITY;
    for (const job of jobs.get(zone) ?? []) next = Math.min(next, job.nextRun(after)?.getTime() ?? next);
    return Number.isFinite(next) ? next : 0;
  };
}

/** How many of the queries the two answer alike (to the minute): they may differ only around DST changes. */
function agreement(a: Query, b: Query, instants: readonly Date[]): { same: number; total: number } {
  let same = 0;
  let total = 0;
  for (const zone of ZONES) {
    for (const instant of instants.slice(0, 512)) {
      total += 1;
      if (Math.abs(a(instant, zone) - b(instant, zone)) < 60_000) same += 1;
    }
  }
  return { same, total };
}

function oneNightSchedule(): Schedule {
  const nights = Object.fromEntries(
    NIGHT_KEYS.map((key) => [key, { ...DEFAULT_SCHEDULE.nights[key], enabled: key === 'wed' }]),
  ) as Schedule['nights'];
  return { nights, leadMinutes: DEFAULT_SCHEDULE.leadMinutes };
}

async function throughputs(a: Query, b: Query): Promise<{ a: readonly number[]; b: readonly number[] }> {
  const instants = inputInstants();
  const sink: number[] = [];
  callsPerCpuSecond(a, instants, WARM_UP_MS, sink);
  callsPerCpuSecond(b, instants, WARM_UP_MS, sink);
  const paired = await alternate(
    RUNS,
    () => callsPerCpuSecond(a, instants, RUN_MS, sink),
    () => callsPerCpuSecond(b, instants, RUN_MS, sink),
  );
  if (!sink.every(Number.isFinite)) throw new Error('a query returned a non-finite instant');
  return paired;
}

const HOW = `calls per CPU-second, ${RUNS} alternating runs of ~${RUN_MS} ms per side after a ${WARM_UP_MS} ms warm-up each; ${INSTANT_COUNT} seeded instants over 2020–2030 × zones ${ZONES.join(', ')}`;

export function createNextReminderFigures(): Figure[] {
  const peer = sharedMeasurement(async () => {
    const unknot = unknotQuery(DEFAULT_SCHEDULE);
    const croner = cronerQuery(DEFAULT_SCHEDULE);
    const agreed = agreement(unknot, croner, inputInstants());
    return { paired: await throughputs(unknot, croner), agreed };
  });
  return [
    {
      key: 'nextReminderPeerRatio',
      label: 'nextReminder throughput / croner, same queries',
      unit: '×',
      budget: { min: 5 },
      async measure() {
        const { paired, agreed } = await peer();
        return fromPaired(
          paired,
          { label: 'Unknot', unit: 'calls/s' },
          { label: 'croner', unit: 'calls/s' },
          `median of per-run ratios; ${HOW}; DEFAULT_SCHEDULE, for croner as the rules ${cronRules(DEFAULT_SCHEDULE).join(' | ')} ` +
            `(built once per zone, next run = earliest over the rules); answers agreed to the minute on ${agreed.same} of ${agreed.total} sampled queries`,
        );
      },
    },
    {
      key: 'nextReminderNightsGrowth',
      label: 'nextReminder cost per call, 1 enabled night / 7',
      unit: '×',
      async measure() {
        // Costs are inverse rates, so cost(1 night)/cost(7 nights) = rate(7)/rate(1).
        const paired = await throughputs(unknotQuery(DEFAULT_SCHEDULE), unknotQuery(oneNightSchedule()));
        return fromPaired(
          paired,
          { label: '7 nights', unit: 'calls/s' },
          { label: '1 night', unit: 'calls/s' },
          `median of per-run ratios of throughput with 7 nights over throughput with only Wednesday on (= cost per call 1 night / 7 nights); ${HOW}`,
        );
      },
    },
  ];
}
