/**
 * idleHeapRatio: whether main leaks while it waits: its used heap after 30 simulated idle days
 * against right after start, in one child process per run (bench/children/idle-days-heap.ts).
 */
import { fromPaired, type Figure } from '../figure';
import { childScript, runJsonChild } from '../support/json-child';

const DAYS = 30;
const RUNS = 3;
const MB = 1_000_000;

interface HeapReport {
  startBytes: number;
  afterBytes: number;
  wakeUps: number;
}

function isHeapReport(value: unknown): value is HeapReport {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return ['startBytes', 'afterBytes', 'wakeUps'].every((k) => typeof f[k] === 'number');
}

export const idleHeapFigure: Figure = {
  key: 'idleHeapRatio',
  label: `Main heap after ${DAYS} idle days / after start`,
  unit: '×',
  budget: { max: 1.1 },
  async measure() {
    const after: number[] = [];
    const start: number[] = [];
    const wakeUps: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const report = await runJsonChild(
        ['--expose-gc', '--import', 'tsx', childScript('idle-days-heap.ts'), String(DAYS)],
        120_000,
      );
      if (!isHeapReport(report)) throw new Error(`idle-days-heap child printed ${JSON.stringify(report)}`);
      start.push(report.startBytes / MB);
      after.push(report.afterBytes / MB);
      wakeUps.push(report.wakeUps);
    }
    return fromPaired(
      { a: after, b: start },
      { label: `after ${DAYS} days`, unit: 'MB' },
      { label: 'after start', unit: 'MB' },
      `median of ${RUNS} runs, each a child process: createUnknotApp on fake shell ports and fake time (Europe/Berlin from ` +
        `2026-01-05), ${DAYS} days advanced hour by hour with every save awaited, nothing answered; used heap after a forced ` +
        `full GC at both ends (the fake shell's own records of notifications and log lines included); ${wakeUps.join(', ')} timer wake-ups`,
    );
  },
};
