/**
 * The numbers behind the history view: pure functions of the records and today's local date.
 * Every threshold is a named constant here, and the view's "How Unknot decides…" text is built
 * from the same constants, so what the app says is what it does.
 */
import { MORNING_PRESET_ID } from '../routine/types';
import { addDays, dayNumber } from './local-date';
import type { CheckinRecord, HistoryRecord, SessionRecord } from './records';

export const RULES = {
  /** Insight: compare mornings after routine nights with other mornings over this many days. */
  insightDays: 28,
  /** Insight and trend: each side needs at least this many logged mornings to be shown. */
  minMornings: 5,
  /** Trend: the last this-many days against the same span before. */
  trendDays: 14,
  /** Nudge, persisting: soreness at or above `soreAt`… */
  soreAt: 4,
  /** …on at least `soreMornings` of the last `persistMornings` logged mornings… */
  soreMornings: 10,
  persistMornings: 14,
  /** …counting only mornings from the last this-many days, so an old bad spell does not count. */
  recentDays: 28,
  /** Nudge, worsening: the trend's recent average up by at least this much. */
  worseBy: 2,
  /** A dismissed nudge stays hidden this many days. */
  dismissDays: 14,
} as const;

export interface Average {
  readonly count: number;
  readonly sum: number;
}

export const averageOf = (a: Average): number => a.sum / a.count;

/** Logged scores in short: how many, their sum, the lowest and the highest. */
export interface SorenessSummary extends Average {
  readonly lowest: number;
  readonly highest: number;
}

/** null when nothing is logged. A loop, not Math.min(...spread), so no span is too long for it. */
export function sorenessSummary(logged: readonly number[]): SorenessSummary | null {
  if (logged.length === 0) return null;
  let sum = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const s of logged) {
    sum += s;
    lowest = Math.min(lowest, s);
    highest = Math.max(highest, s);
  }
  return { count: logged.length, sum, lowest, highest };
}

/** The latest check-in per morning: the file is append-only, so a later line replaces an earlier one. */
export function latestCheckins(records: readonly HistoryRecord[]): Map<string, CheckinRecord> {
  const byDate = new Map<string, CheckinRecord>();
  for (const record of records) if (record.type === 'checkin') byDate.set(record.localDate, record);
  return byDate;
}

/**
 * Nights with a routine. An ended-early session counts when at least one step was done (the app
 * tells the user that what they did still counts); one abandoned before any step does not.
 */
export function routineNights(records: readonly HistoryRecord[]): Set<string> {
  const nights = new Set<string>();
  for (const record of records) {
    if (record.type === 'session' && countsAsRoutine(record)) nights.add(record.night);
  }
  return nights;
}

/** The morning loosen-up belongs to a morning, not to the night: it never makes a routine night. */
export function countsAsRoutine(record: SessionRecord): boolean {
  return record.preset !== MORNING_PRESET_ID && (record.completed || record.stepsDone.length > 0);
}

/** Consecutive routine nights ending tonight, or last night when tonight's is not done yet. */
export function streak(nights: ReadonlySet<string>, tonight: string): number {
  let night = nights.has(tonight) ? tonight : addDays(tonight, -1);
  let count = 0;
  while (nights.has(night)) {
    count += 1;
    night = addDays(night, -1);
  }
  return count;
}

/** Soreness of the logged mornings from `first` to `last` (inclusive), newest first. */
export function morningsBetween(mornings: ReadonlyMap<string, CheckinRecord>, first: string, last: string) {
  const from = dayNumber(first);
  const to = dayNumber(last);
  const found: Array<{ date: string; soreness: number }> = [];
  for (let day = to; day >= from; day -= 1) {
    const date = addDays(last, day - to);
    const record = mornings.get(date);
    if (record) found.push({ date, soreness: record.soreness });
  }
  return found;
}

function average(values: readonly number[]): Average {
  return { count: values.length, sum: values.reduce((a, b) => a + b, 0) };
}

export interface RoutineComparison {
  /** Mornings that followed a routine night (a morning D follows night D-1). */
  readonly after: Average;
  readonly other: Average;
  readonly shown: boolean;
}

export function compareRoutine(
  mornings: ReadonlyMap<string, CheckinRecord>,
  nights: ReadonlySet<string>,
  today: string,
): RoutineComparison {
  const logged = morningsBetween(mornings, addDays(today, 1 - RULES.insightDays), today);
  const after = average(logged.filter((m) => nights.has(addDays(m.date, -1))).map((m) => m.soreness));
  const other = average(logged.filter((m) => !nights.has(addDays(m.date, -1))).map((m) => m.soreness));
  return { after, other, shown: after.count >= RULES.minMornings && other.count >= RULES.minMornings };
}

export interface Trend {
  readonly recent: Average;
  readonly before: Average;
  readonly shown: boolean;
  /** Recent average minus the one before (only meaningful when shown). */
  readonly change: number;
  /** Up by RULES.worseBy or more; compared in integers so 2.0 is never 1.9999. */
  readonly worsening: boolean;
}

export function trend(mornings: ReadonlyMap<string, CheckinRecord>, today: string): Trend {
  const span = RULES.trendDays;
  const recent = average(morningsBetween(mornings, addDays(today, 1 - span), today).map((m) => m.soreness));
  const before = average(
    morningsBetween(mornings, addDays(today, 1 - 2 * span), addDays(today, -span)).map((m) => m.soreness),
  );
  const shown = recent.count >= RULES.minMornings && before.count >= RULES.minMornings;
  const worsening =
    shown &&
    recent.sum * before.count - before.sum * recent.count >= RULES.worseBy * recent.count * before.count;
  return { recent, before, shown, change: shown ? averageOf(recent) - averageOf(before) : 0, worsening };
}

export interface Persistence {
  /** Mornings at or above RULES.soreAt among `of`. */
  readonly sore: number;
  /** The last logged mornings looked at (up to RULES.persistMornings, within RULES.recentDays). */
  readonly of: number;
  readonly persists: boolean;
}

export function persistence(mornings: ReadonlyMap<string, CheckinRecord>, today: string): Persistence {
  const last = morningsBetween(mornings, addDays(today, 1 - RULES.recentDays), today).slice(
    0,
    RULES.persistMornings,
  );
  const sore = last.filter((m) => m.soreness >= RULES.soreAt).length;
  return { sore, of: last.length, persists: sore >= RULES.soreMornings };
}

/** Whether a nudge dismissed on `dismissedOn` is still hidden today. */
export function nudgeHidden(dismissedOn: string | null, today: string): boolean {
  return dismissedOn !== null && dayNumber(today) < dayNumber(dismissedOn) + RULES.dismissDays;
}
