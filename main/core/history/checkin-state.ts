/**
 * What the morning check-in remembers across restarts (checkin-state.json): the last morning it
 * was offered, so it is never offered twice, and when the check-up suggestion was last dismissed.
 */
import * as v from 'valibot';
import { isCalendarDate } from './records';

const dateSchema = v.pipe(v.string(), v.check(isCalendarDate));

const checkinStateSchema = v.object({
  version: v.literal(1),
  /** The local date whose morning check-in was offered (or found already logged). */
  lastOfferedDate: v.nullable(dateSchema),
  /** The local date the check-up suggestion was dismissed on; it stays hidden for 14 days. */
  nudgeDismissedOn: v.nullable(dateSchema),
});

export type CheckinState = v.InferOutput<typeof checkinStateSchema>;

export function initialCheckinState(): CheckinState {
  return { version: 1, lastOfferedDate: null, nudgeDismissedOn: null };
}

/** The stored document, or null when it is not one (the caller starts afresh and says so). */
export function parseCheckinState(raw: unknown): CheckinState | null {
  const result = v.safeParse(checkinStateSchema, raw);
  return result.success ? result.output : null;
}
