/**
 * What the reminder engine remembers across restarts. Nights are the evening's local date
 * (YYYY-MM-DD), instants epoch milliseconds.
 */
import * as v from 'valibot';
import { issuesOf, type Result } from '../result';
import { MAX_SNOOZES_PER_NIGHT } from './types';

const NIGHT = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

const nightSchema = v.pipe(v.string(), v.regex(NIGHT));
const instantSchema = v.pipe(v.number(), v.integer());

const reminderStateSchema = v.strictObject({
  version: v.literal(1),
  /** The latest night whose reminder was shown; nights up to it are never shown (again). */
  lastDeliveredNight: v.nullable(nightSchema),
  /** The night the user chose "Skip tonight" for. */
  skippedNight: v.nullable(nightSchema),
  /** The night whose reminder the user answered (started the routine, or paused while due). */
  dismissedNight: v.nullable(nightSchema),
  /** The night whose heads-up was shown (optional: states saved before the heads-up lack it). */
  headsUpNight: v.optional(v.nullable(nightSchema), null),
  /** The night whose one follow-up at bedtime was shown, or given up (the reminder came too late). */
  followUpNight: v.optional(v.nullable(nightSchema), null),
  /** A reminder held while the user is away (presence.ts), with the re-checks used for it. */
  held: v.optional(
    v.nullable(
      v.strictObject({
        night: nightSchema,
        closesAt: instantSchema,
        rechecks: v.pipe(v.number(), v.integer(), v.minValue(0)),
      }),
    ),
    null,
  ),
  /** The latest night whose late window closed while its reminder was held. */
  missedNight: v.optional(v.nullable(nightSchema), null),
  pause: v.nullable(
    v.union([
      v.strictObject({ kind: v.picklist(['1h', 'morning']), until: instantSchema }),
      v.strictObject({ kind: v.literal('indefinite'), until: v.null() }),
    ]),
  ),
  snooze: v.nullable(
    v.strictObject({
      night: nightSchema,
      bedtime: instantSchema,
      /** When the snoozed reminder comes back. */
      until: instantSchema,
      count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SNOOZES_PER_NIGHT)),
      /** Whether it has come back (been shown again) already. */
      returned: v.boolean(),
    }),
  ),
});

export type PersistedReminderState = v.InferOutput<typeof reminderStateSchema>;

export function initialReminderState(): PersistedReminderState {
  return {
    version: 1,
    lastDeliveredNight: null,
    skippedNight: null,
    dismissedNight: null,
    headsUpNight: null,
    followUpNight: null,
    held: null,
    missedNight: null,
    pause: null,
    snooze: null,
  };
}

export function parseReminderState(raw: unknown): Result<PersistedReminderState> {
  const result = v.safeParse(reminderStateSchema, raw);
  return result.success ? { ok: true, value: result.output } : { ok: false, error: issuesOf(result.issues) };
}
