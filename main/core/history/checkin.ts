import * as v from 'valibot';
import { localDateOf } from './local-date';
import {
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
});

export type CheckinRequest = v.InferOutput<typeof checkinRequestSchema>;

/**
 * The history line for a morning check-in. The morning is the local date in main's zone at the
 * moment of logging (after a flight, the new zone's date), however late in the day it is logged.
 * A blank note is left out rather than stored as "".
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
  return record;
}
