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
import { dateFormatter } from '../locale/calendar';
import type { RestoreWords } from '../locale/main-messages';
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

const MIB = 1024 * 1024;

/** Every sentence a restore says, from the restore catalog in the language setting. */
export function restoreMessages(words: RestoreWords) {
  const unchanged = (text: string): string => `${text} ${words.unchanged()}`;
  return {
    tooLarge: (limits: BackupLimits): string =>
      unchanged(words.tooLarge({ megabytes: Math.round(limits.maxBytes / MIB) })),
    tooManyRecords: (count: number, limits: BackupLimits): string =>
      unchanged(words.tooManyRecords({ count, max: limits.maxRecords })),
    notJson: unchanged(words.notJson()),
    truncated: unchanged(words.truncated()),
    foreign: unchanged(words.foreign()),
    newer: unchanged(words.newer()),
    noVersion: unchanged(words.noVersion()),
    noDate: unchanged(words.noDate()),
    newerSettings: unchanged(words.newerSettings()),
    badSettings: (reason: string): string => unchanged(words.badSettings({ reason })),
    noHistory: unchanged(words.noHistory()),
    badRecords: (bad: number, total: number, first: number, reason: string): string =>
      unchanged(words.badRecords({ bad, total, first, reason })),
    /** The feature's words: each step that can fail, and what was done. */
    readOnly: unchanged(words.readOnly()),
    stale: unchanged(words.stale()),
    /** `reason`: the storage's own sentence (storage-faults.ts: a full disk named). */
    safetyCopyFailed: (reason: string): string => unchanged(words.safetyCopyFailed({ reason })),
    historyFailed: (copy: string, reason: string): string => words.historyFailed({ copy, reason }),
    settingsFailed: (added: number, copy: string, reason: string): string =>
      words.settingsFailed({ added, copy, reason }),
    restored: (added: number, copy: string): string => words.restored({ added, copy }),
  } as const;
}
export type RestoreMessages = ReturnType<typeof restoreMessages>;

type Read<T> = Result<T, string>;
const refuse = (message: string): { ok: false; error: string } => ({ ok: false, error: message });

/** Reads a backup file's text. Never throws: anything unusable is one message, and nothing is taken. */
export function readBackup(
  text: string,
  messages: RestoreMessages,
  limits: BackupLimits = BACKUP_LIMITS,
): Read<RestorableBackup> {
  // A character is at least one byte, so a text this long is over the byte limit too.
  if (text.length > limits.maxBytes) return refuse(messages.tooLarge(limits));
  const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).trim();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    // An object that breaks off is what a cut-short copy looks like; anything else is not JSON at all.
    return refuse(body.startsWith('{') ? messages.truncated : messages.notJson);
  }
  if (!isPlainObject(raw) || raw['format'] !== BACKUP_FORMAT) return refuse(messages.foreign);
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(messages.noVersion);
  }
  if (version > BACKUP_VERSION) return refuse(messages.newer);
  const createdAt = raw['createdAt'];
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
    return refuse(messages.noDate);
  }
  const list = raw['history'];
  if (!Array.isArray(list)) return refuse(messages.noHistory);
  // Counted before any record is read, so a huge list costs one comparison.
  if (list.length > limits.maxRecords) return refuse(messages.tooManyRecords(list.length, limits));
  const settings = readSettingsValue(raw['settings']);
  if (!settings.ok) {
    return refuse(
      settings.error.kind === 'newer' ? messages.newerSettings : messages.badSettings(settings.error.reason),
    );
  }
  const history = readRecords(list, messages);
  if (!history.ok) return history;
  return { ok: true, value: { createdAt, settings: settings.value.settings, history: history.value } };
}

/** Every record, or the refusal naming how many cannot be read and the first of them. */
function readRecords(list: readonly unknown[], messages: RestoreMessages): Read<HistoryRecord[]> {
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
    return refuse(messages.badRecords(bad, list.length, first.index + 1, first.reason));
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
  readonly words: RestoreWords;
}

/** What the backup holds, in the words of the confirm dialog: "214 mornings, 160 routines, settings from 12 Nov". */
export function summarizeBackup(backup: RestorableBackup, context: SummaryContext): string {
  const mornings = latestCheckins(backup.history).size;
  const routines = routineNights(backup.history).size;
  return context.words.summary({ mornings, routines, date: dateWords(backup.createdAt, context) });
}

/**
 * The day the backup was made, in the zone in force; the year only when it is not this year's.
 * Its spaces do not break, so a narrow dialog never leaves "Nov" on one line and "24" on the next.
 */
function dateWords(createdAt: string, { locale, timeZone, nowMs }: Omit<SummaryContext, 'words'>): string {
  // Temporal finds the local date (it accepts the fixed-offset fallback zones Intl may not); Intl
  // only names that calendar day, so it formats in UTC.
  const date = localDateOf(Date.parse(createdAt), timeZone);
  const thisYear = localDateOf(nowMs, timeZone).slice(0, 4);
  // No locale given: the runtime's own, as Intl would pick.
  const format = dateFormatter(locale ?? new Intl.DateTimeFormat().resolvedOptions().locale, {
    day: 'numeric',
    month: 'short',
    ...(date.startsWith(thisYear) ? {} : { year: 'numeric' }),
  });
  return format(date).replace(/\s/g, '\u00a0');
}
