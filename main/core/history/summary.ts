import * as v from 'valibot';
import { stepIdSchema } from '../settings/schema';
import { nightOf } from '../schedule';
import {
  HISTORY_RECORD_VERSION,
  MAX_STEP_LIST,
  ratingSchema,
  recordPresetSchema,
  type SessionRecord,
} from './records';
import { boundedArray } from '../ipc/bounds';

const instant = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const stepList = boundedArray(stepIdSchema, MAX_STEP_LIST);

/** What the routine window sends when a session ends: the player's own summary, untrusted. */
export const sessionSummarySchema = v.pipe(
  v.strictObject({
    startedAt: instant,
    endedAt: instant,
    preset: recordPresetSchema,
    stepsDone: stepList,
    stepsSkipped: stepList,
    ratingBefore: v.optional(ratingSchema),
    ratingAfter: v.optional(ratingSchema),
    heatCold: v.optional(v.picklist(['heat', 'cold'])),
    completed: v.boolean(),
  }),
  v.check((s) => s.endedAt >= s.startedAt, 'A session cannot end before it starts'),
);

export type SessionSummaryPayload = v.InferOutput<typeof sessionSummarySchema>;

/**
 * The history line for a session. The night is decided here, in main's time zone, not by the
 * page: a routine at 00:30 belongs to the evening before, like a bedtime does.
 */
export function toSessionRecord(summary: SessionSummaryPayload, timeZone: string): SessionRecord {
  const record: SessionRecord = {
    v: HISTORY_RECORD_VERSION,
    type: 'session',
    startedAt: new Date(summary.startedAt).toISOString(),
    endedAt: new Date(summary.endedAt).toISOString(),
    night: nightOf(new Date(summary.startedAt), timeZone),
    preset: summary.preset,
    stepsDone: [...summary.stepsDone],
    stepsSkipped: [...summary.stepsSkipped],
    completed: summary.completed,
  };
  if (summary.ratingBefore !== undefined) record.ratingBefore = summary.ratingBefore;
  if (summary.ratingAfter !== undefined) record.ratingAfter = summary.ratingAfter;
  if (summary.heatCold !== undefined) record.heatCold = summary.heatCold;
  return record;
}
