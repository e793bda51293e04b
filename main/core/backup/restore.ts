/**
 * "Restore from a backup…": the file is untrusted, so it is read whole and checked whole before
 * anything changes (size, format, version, the settings through the same migration and schema as
 * settings.json, every history record through the history's own reader). One message says why a
 * file is refused. What is restored merges into the current history without duplicates, so the
 * same backup restored twice adds nothing the second time.
 */
import { readStoredRecord } from '../history/parse';
import type { HistoryRecord } from '../history/records';
import { latestCheckins, routineNights } from '../history/stats';
import { localDateOf } from '../history/local-date';
import type { Result } from '../result';
import { readSettingsValue } from '../settings/migrations';
import { isPlainObject, type Settings } from '../settings/schema';
import { BACKUP_FORMAT, BACKUP_LIMITS, BACKUP_VERSION, type BackupLimits } from './backup';

/** A backup that passed every check: what a restore writes. */
export interface RestorableBackup {
  /** ISO instant the backup was made. */
  readonly createdAt: string;
  /** Migrated to this release's settings version and validated. */
  readonly settings: Settings;
  /** Every record, in file order, in the current record version (unknown fields dropped). */
  readonly history: readonly HistoryRecord[];
}

const UNCHANGED = 'Nothing was changed.';
const MIB = 1024 * 1024;

/** Every word a restore says, here once. */
export const RESTORE_MESSAGES = {
  tooLarge: (limits: BackupLimits): string =>
    `This file is too large to be an Unknot backup (the limit is ${Math.round(limits.maxBytes / MIB)} MB). ${UNCHANGED}`,
  tooManyRecords: (count: number, limits: BackupLimits): string =>
    `This backup holds ${count} history records; Unknot restores at most ${limits.maxRecords}. ${UNCHANGED}`,
  notJson: `This file is not an Unknot backup: it is not readable JSON. ${UNCHANGED}`,
  truncated: `This backup is damaged or incomplete: it breaks off or goes wrong partway through. ${UNCHANGED}`,
  foreign: `This file is not an Unknot backup. ${UNCHANGED}`,
  newer: `This backup was made by a newer Unknot; update Unknot first, then restore it. ${UNCHANGED}`,
  noVersion: `This backup does not say which format version it is, so Unknot cannot read it. ${UNCHANGED}`,
  noDate: `This backup does not say when it was made, so Unknot will not restore it. ${UNCHANGED}`,
  newerSettings: `The settings in this backup were saved by a newer Unknot; update Unknot first, then restore it. ${UNCHANGED}`,
  badSettings: (reason: string): string =>
    `The settings in this backup are not valid (${reason}). ${UNCHANGED}`,
  noHistory: `This backup has no list of history records, so Unknot cannot read it. ${UNCHANGED}`,
  badRecords: (bad: number, total: number, first: number, reason: string): string =>
    `${bad} of the ${total} history records in this backup cannot be read (record ${first}: ${reason}), so Unknot restores none of it. ${UNCHANGED}`,
  /** The feature's words: each step that can fail, and what was done. */
  readOnly: `Your settings are read-only at the moment (the notice at the top of Settings says why), so a backup cannot be restored now. ${UNCHANGED}`,
  stale: `That backup is no longer waiting to be restored: choose the file again. ${UNCHANGED}`,
  /** `reason`: the storage's own sentence (storage-faults.ts: a full disk named). */
  safetyCopyFailed: (reason: string): string =>
    `No backup was restored: Unknot could not write a safety copy of your current data first. ${reason} ${UNCHANGED}`,
  historyFailed: (copy: string, reason: string): string =>
    `The history could not be restored, so nothing was added and your settings were not changed. ${reason} Your data as it was is also in ${copy}.`,
  settingsFailed: (added: number, copy: string, reason: string): string =>
    `The history was restored (${records(added)} added), but the settings could not be replaced. ${reason} Your data as it was before the restore is in ${copy}.`,
  restored: (added: number, copy: string): string =>
    `Restored: ${records(added)} added to your history, and your settings replaced. A safety copy of your data as it was is in ${copy}.`,
} as const;

function records(count: number): string {
  return count === 1 ? '1 history record' : `${count} history records`;
}

type Read<T> = Result<T, string>;
const refuse = (message: string): { ok: false; error: string } => ({ ok: false, error: message });

/** Reads a backup file's text. Never throws: anything unusable is one message, and nothing is taken. */
export function readBackup(text: string, limits: BackupLimits = BACKUP_LIMITS): Read<RestorableBackup> {
  // A character is at least one byte, so a text this long is over the byte limit too.
  if (text.length > limits.maxBytes) return refuse(RESTORE_MESSAGES.tooLarge(limits));
  const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).trim();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    // An object that breaks off is what a cut-short copy looks like; anything else is not JSON at all.
    return refuse(body.startsWith('{') ? RESTORE_MESSAGES.truncated : RESTORE_MESSAGES.notJson);
  }
  if (!isPlainObject(raw) || raw['format'] !== BACKUP_FORMAT) return refuse(RESTORE_MESSAGES.foreign);
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(RESTORE_MESSAGES.noVersion);
  }
  if (version > BACKUP_VERSION) return refuse(RESTORE_MESSAGES.newer);
  const createdAt = raw['createdAt'];
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
    return refuse(RESTORE_MESSAGES.noDate);
  }
  const list = raw['history'];
  if (!Array.isArray(list)) return refuse(RESTORE_MESSAGES.noHistory);
  // Counted before any record is read, so a huge list costs one comparison.
  if (list.length > limits.maxRecords) return refuse(RESTORE_MESSAGES.tooManyRecords(list.length, limits));
  const settings = readSettingsValue(raw['settings']);
  if (!settings.ok) {
    return refuse(
      settings.error.kind === 'newer'
        ? RESTORE_MESSAGES.newerSettings
        : RESTORE_MESSAGES.badSettings(settings.error.reason),
    );
  }
  const history = readRecords(list);
  if (!history.ok) return history;
  return { ok: true, value: { createdAt, settings: settings.value.settings, history: history.value } };
}

/** Every record, or the refusal naming how many cannot be read and the first of them. */
function readRecords(list: readonly unknown[]): Read<HistoryRecord[]> {
  const history: HistoryRecord[] = [];
  let bad = 0;
  let first: { index: number; reason: string } | null = null;
  for (let index = 0; index < list.length; index++) {
    const outcome = readStoredRecord(list[index]);
    if (typeof outcome !== 'string') {
      history.push(outcome);
      continue;
    }
    bad += 1;
    first ??= { index, reason: outcome.replace(/^invalid record: /, '') };
  }
  if (first !== null) {
    return refuse(RESTORE_MESSAGES.badRecords(bad, list.length, first.index + 1, first.reason));
  }
  return { ok: true, value: history };
}

/**
 * What makes two records the same, from their own fields: a morning has one check-in (a later one
 * replaces an earlier, see latestCheckins), so a check-in is its local date; a routine is the
 * instant it started (compared as an instant, so two spellings of one time are one routine).
 */
function identity(record: HistoryRecord): string {
  return record.type === 'checkin'
    ? `checkin ${record.localDate}`
    : `session ${Date.parse(record.startedAt)}`;
}

/**
 * The records of `incoming` to append to `current`, in their order. A morning the current history
 * already has keeps its check-in (a restore never overwrites what was logged since), and a routine
 * already there is not added again: restoring the same backup twice appends nothing.
 */
export function mergeHistory(
  current: readonly HistoryRecord[],
  incoming: readonly HistoryRecord[],
): HistoryRecord[] {
  const known = new Set(current.map(identity));
  return incoming.filter((record) => !known.has(identity(record)));
}

export interface SummaryContext {
  /** BCP 47 tag for the date words; undefined: the system's. */
  readonly locale: string | undefined;
  readonly timeZone: string;
  readonly nowMs: number;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** What the backup holds, in the words of the confirm dialog: "214 mornings, 160 routines, settings from 12 Nov". */
export function summarizeBackup(backup: RestorableBackup, context: SummaryContext): string {
  const mornings = latestCheckins(backup.history).size;
  const routines = routineNights(backup.history).size;
  return `${count(mornings, 'morning', 'mornings')}, ${count(routines, 'routine', 'routines')}, settings from ${dateWords(backup.createdAt, context)}`;
}

/**
 * The day the backup was made, in the zone in force; the year only when it is not this year's.
 * Its spaces do not break, so a narrow dialog never leaves "Nov" on one line and "24" on the next.
 */
function dateWords(createdAt: string, { locale, timeZone, nowMs }: SummaryContext): string {
  // Temporal finds the local date (it accepts the fixed-offset fallback zones Intl may not); Intl
  // only names that calendar day, so it formats in UTC.
  const date = localDateOf(Date.parse(createdAt), timeZone);
  const thisYear = localDateOf(nowMs, timeZone).slice(0, 4);
  const day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(date.startsWith(thisYear) ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  })
    .format(day)
    .replace(/\s/g, '\u00a0');
}
