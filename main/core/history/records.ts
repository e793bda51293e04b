/**
 * History records, one JSON object per line in history.jsonl. `v` is the record format version:
 * a reader skips versions it doesn't know instead of misreading them.
 */
import * as v from 'valibot';
import { PRESET_IDS } from '../routine/types';
import { stepIdSchema } from '../settings/schema';
import { issuesOf, type Result } from '../result';
import { boundedArray } from '../ipc/bounds';
import { FACTOR_KEYS, factorMessage, factorValues, type FactorKey, type FactorValue } from './factors';
import { RATING_RANGE, RATING_TEXT } from './rating';

/** Version 2 added the check-in's quick factors (factors.ts); a version-1 line reads as is. */
export const HISTORY_RECORD_VERSION = 2;
/** Every version this release reads; older lines are read into the current shape unchanged. */
export const READABLE_RECORD_VERSIONS: readonly number[] = [1, HISTORY_RECORD_VERSION];
export const MAX_NOTE_LENGTH = 280;
/** Far above any real routine (30 steps max); only stops absurd lines from being accepted. */
export const MAX_STEP_LIST = 100;

/** Shared with the fast reader (read-record.ts) so both report the same words. */
export const HISTORY_MESSAGES = {
  rating: `Use a whole number from ${RATING_TEXT}`,
  timestamp: 'Expected an ISO timestamp',
  stepList: 'Expected a list of step ids',
  tooManySteps: 'Too many steps',
  completed: 'Expected true or false',
  heatCold: 'Expected heat or cold',
  localDate: 'Expected a date like 2025-03-01',
  note: 'Expected text',
  preset: `Expected one of: ${PRESET_IDS.join(', ')}`,
  noteTooLong: `Keep the note to ${MAX_NOTE_LENGTH} characters`,
} as const;
const M = HISTORY_MESSAGES;

/** valibot's isoDate accepts 2024-02-30; a local date must be a real calendar day. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A 0–10 soreness rating: the routine's before/after and the morning check-in. */
export const ratingSchema = v.pipe(
  v.number(M.rating),
  v.integer(M.rating),
  v.minValue(RATING_RANGE.min, M.rating),
  v.maxValue(RATING_RANGE.max, M.rating),
);
const timestamp = v.pipe(v.string(M.timestamp), v.isoTimestamp(M.timestamp));
const stepList = boundedArray(stepIdSchema, MAX_STEP_LIST, { notAList: M.stepList, tooMany: M.tooManySteps });

/** Writing: only the current version. */
const version = v.literal(HISTORY_RECORD_VERSION);
/** Reading: any readable version, upgraded to the current one (no field changed meaning). */
const storedVersion = v.pipe(
  v.picklist(READABLE_RECORD_VERSIONS),
  v.transform((): typeof HISTORY_RECORD_VERSION => HISTORY_RECORD_VERSION),
);

function factorSchema<K extends FactorKey>(key: K) {
  return v.optional(
    v.picklist(factorValues(key) as [FactorValue<K>, ...Array<FactorValue<K>>], factorMessage(key)),
  );
}
/** The quick factors, each optional: also the check-in request's. */
export const factorEntries = {
  sleptOn: factorSchema('sleptOn'),
  pillow: factorSchema('pillow'),
  lifting: factorSchema('lifting'),
  stress: factorSchema('stress'),
} satisfies Record<(typeof FACTOR_KEYS)[number], unknown>;

/** Any preset, the morning loosen-up included (settings name bedtime presets only). */
export const recordPresetSchema = v.picklist(PRESET_IDS, M.preset);

const sessionEntries = {
  v: version,
  type: v.literal('session'),
  startedAt: timestamp,
  endedAt: timestamp,
  /** The evening this routine belongs to (local date; a 00:30 routine counts for the night before). */
  night: v.pipe(v.string(M.localDate), v.check(isCalendarDate, M.localDate)),
  preset: recordPresetSchema,
  stepsDone: stepList,
  stepsSkipped: stepList,
  ratingBefore: v.optional(ratingSchema),
  ratingAfter: v.optional(ratingSchema),
  completed: v.boolean(M.completed),
  heatCold: v.optional(v.picklist(['heat', 'cold'], M.heatCold)),
};

const checkinEntries = {
  v: version,
  type: v.literal('checkin'),
  at: timestamp,
  localDate: v.pipe(v.string(M.localDate), v.check(isCalendarDate, M.localDate)),
  soreness: ratingSchema,
  note: v.optional(v.pipe(v.string(M.note), v.maxLength(MAX_NOTE_LENGTH, M.noteTooLong))),
  ...factorEntries,
};

/** Writing is strict: we never append a key we don't know. */
export const sessionRecordSchema = v.strictObject(sessionEntries);
export const checkinRecordSchema = v.strictObject(checkinEntries);
export const historyRecordSchema = v.variant('type', [sessionRecordSchema, checkinRecordSchema]);

/**
 * What reading accepts: the same rules, but extra keys are dropped rather than fatal, so a later
 * release adding an optional field without bumping `v` doesn't make this one discard records.
 * parseHistory uses the equivalent hand-written reader in read-record.ts for speed; a property
 * test keeps the two in agreement.
 */
export const storedHistoryRecordSchema = v.variant('type', [
  v.object({ ...sessionEntries, v: storedVersion }),
  v.object({ ...checkinEntries, v: storedVersion }),
]);

export type SessionRecord = v.InferOutput<typeof sessionRecordSchema>;
export type CheckinRecord = v.InferOutput<typeof checkinRecordSchema>;
export type HistoryRecord = SessionRecord | CheckinRecord;

export function validateHistoryRecord(input: unknown): Result<HistoryRecord> {
  const result = v.safeParse(historyRecordSchema, input, { abortPipeEarly: true });
  return result.success ? { ok: true, value: result.output } : { ok: false, error: issuesOf(result.issues) };
}

/** One line of history.jsonl, without the newline (JSON.stringify escapes any inside strings). */
export function serializeHistoryRecord(record: HistoryRecord): string {
  return JSON.stringify(record);
}
