/**
 * Long history files for tests and benchmarks: ten years of a daily morning check-in and a
 * routine every evening (3,650 days, 7,300 lines of history.jsonl), the retention case the history
 * view must still open quickly on. Deterministic: the same arguments write the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '../../main/core/history/local-date';
import {
  serializeHistoryRecord,
  type CheckinRecord,
  type SessionRecord,
} from '../../main/core/history/records';

export const TEN_YEARS_DAYS = 3650;

export function checkinLine(localDate: string, soreness: number, note?: string): string {
  const record: CheckinRecord = {
    v: 2,
    type: 'checkin',
    at: `${localDate}T07:30:00.000Z`,
    localDate,
    soreness,
  };
  if (note !== undefined) record.note = note;
  return serializeHistoryRecord(record);
}

export function sessionLine(night: string): string {
  const record: SessionRecord = {
    v: 2,
    type: 'session',
    startedAt: `${night}T21:30:00.000Z`,
    endedAt: `${night}T21:42:00.000Z`,
    night,
    preset: 'standard',
    stepsDone: ['settle-in', 'chin-tuck', 'neck-side-bend', 'paced-breathing', 'good-night'],
    stepsSkipped: [],
    completed: true,
  };
  return serializeHistoryRecord(record);
}

/** Writes (replaces) `dir`/history.jsonl with lines in file order; returns how many were written. */
export async function writeHistoryLines(dir: string, lines: readonly string[]): Promise<number> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'history.jsonl'), lines.map((line) => `${line}\n`).join(''), { mode: 0o600 });
  return lines.length;
}

/**
 * Ten years (or `days` days) ending on the evening `endNight` (YYYY-MM-DD): for each date, that
 * morning's check-in then that evening's routine. Soreness wanders between 1 and 8 on a fixed
 * pseudo-random walk.
 */
export async function writeTenYearHistory(
  dir: string,
  endNight: string,
  days = TEN_YEARS_DAYS,
): Promise<number> {
  const lines: string[] = [];
  let seed = 0x2f6b;
  const first = addDays(endNight, 1 - days);
  for (let day = 0; day < days; day += 1) {
    const date = addDays(first, day);
    // Park-Miller: reproducible without a dependency, and exact in doubles (48271 * 2^31 < 2^53).
    seed = (seed * 48271) % 2147483647;
    lines.push(checkinLine(date, 1 + (seed % 8)), sessionLine(date));
  }
  return writeHistoryLines(dir, lines);
}
