import * as v from 'valibot';
import { pickFactors } from './factors';
import { localDateOf } from './local-date';
import {
  factorEntries,
  HISTORY_MESSAGES as M,
  HISTORY_RECORD_VERSION,
  MAX_NOTE_LENGTH,
  ratingSchema,
  type CheckinRecord,
} from './records';

/** What the check-in form sends: untrusted until parsed. The instant and date are main's to decide. */
export const checkinRequestSchema = v.strictObject({
  soreness: ratingSchema,
  note: v.optional(v.pipe(v.string(M.note), v.maxLength(MAX_NOTE_LENGTH, M.noteTooLong))),
  ...factorEntries,
});

export type CheckinRequest = v.InferOutput<typeof checkinRequestSchema>;

/**
 * The history line for a morning check-in. The morning is the local date in main's zone at the
 * moment of logging (after a flight, the new zone's date), however late in the day it is logged.
 * A blank note is left out rather than stored as "", and so is an unanswered factor. Last night's
 * routine, preset and heat or cold are not asked: they are in the history already (stats.ts).
 */
export function toCheckinRecord(request: CheckinRequest, nowMs: number, timeZone: string): CheckinRecord {
  const record: CheckinRecord = {
    v: HISTORY_RECORD_VERSION,
    type: 'checkin',
    at: new Date(nowMs).toISOString(),
    localDate: localDateOf(nowMs, timeZone),
    soreness: request.soreness,
  };
  const note = request.note?.trim();
  if (note) record.note = note;
  return { ...record, ...pickFactors(request) };
}
