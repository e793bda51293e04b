/**
 * parseHistory reads records with a hand-written checker (for speed) instead of the valibot
 * schema. These properties hold it to the schema: same accept/reject decision, same output,
 * same failing field, for valid records, single-field near misses and arbitrary objects.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readHistoryRecord } from '../../../../main/core/history/read-record';
import { FACTOR_KEYS, factorValues } from '../../../../main/core/history/factors';
import {
  HISTORY_RECORD_VERSION,
  READABLE_RECORD_VERSIONS,
  storedHistoryRecordSchema,
  type CheckinRecord,
  type SessionRecord,
} from '../../../../main/core/history/records';

const stepId = fc.stringMatching(/^[a-z0-9-]{1,40}$/);
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const rating = fc.integer({ min: 0, max: 10 });

const sessionArbitrary: fc.Arbitrary<SessionRecord> = fc.record(
  {
    v: fc.constant(HISTORY_RECORD_VERSION),
    type: fc.constant('session' as const),
    startedAt: timestamp,
    endedAt: timestamp,
    night: timestamp.map((t) => t.slice(0, 10)),
    preset: fc.constantFrom('quick' as const, 'standard' as const, 'full' as const),
    stepsDone: fc.array(stepId, { maxLength: 12 }),
    stepsSkipped: fc.array(stepId, { maxLength: 12 }),
    ratingBefore: rating,
    ratingAfter: rating,
    completed: fc.boolean(),
    heatCold: fc.constantFrom('heat' as const, 'cold' as const),
  },
  {
    requiredKeys: [
      'v',
      'type',
      'startedAt',
      'endedAt',
      'night',
      'preset',
      'stepsDone',
      'stepsSkipped',
      'completed',
    ],
    noNullPrototype: true,
  },
);

const checkinArbitrary: fc.Arbitrary<CheckinRecord> = fc.record(
  {
    v: fc.constant(HISTORY_RECORD_VERSION),
    type: fc.constant('checkin' as const),
    at: timestamp,
    localDate: timestamp.map((t) => t.slice(0, 10)),
    soreness: rating,
    note: fc.string({ maxLength: 280 }),
    sleptOn: fc.constantFrom(...factorValues('sleptOn')),
    pillow: fc.constantFrom(...factorValues('pillow')),
    lifting: fc.constantFrom(...factorValues('lifting')),
    stress: fc.constantFrom(...factorValues('stress')),
  },
  { requiredKeys: ['v', 'type', 'at', 'localDate', 'soreness'], noNullPrototype: true },
);

const BAD: Record<string, unknown[]> = {
  startedAt: ['2025-03-01', '2025-03-01T25:00:00Z', '', 0, null],
  endedAt: ['yesterday', '2025-13-01T10:00:00Z'],
  at: ['07:05', '2025-02-30T07:05'],
  preset: ['long', 'Quick', null],
  stepsDone: ['neck', [1], ['Neck'], Array.from({ length: 101 }, () => 'a')],
  stepsSkipped: [{}, ['a b'], ['']],
  ratingBefore: [-1, 11, 2.5, '3', null],
  ratingAfter: [Number.MAX_SAFE_INTEGER, true],
  completed: ['true', 1, null],
  night: ['2025-02-30', 'tonight', null],
  heatCold: ['warm', 1],
  localDate: ['2025-02-30', '2025-2-03', '2025-02-03T00:00:00Z'],
  soreness: [-1, 11, 0.5, null],
  note: ['x'.repeat(281), 5, null],
  type: ['nap', null, 1],
  sleptOn: ['left', 'Back', 1, null],
  pillow: ['new', true],
  lifting: [true, 'maybe'],
  stress: ['none', 3],
};

/** Inputs as the reader really sees them: fresh from JSON.parse. */
const viaJson = (value: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

function compare(input: Record<string, unknown>): void {
  const fast = readHistoryRecord(input);
  const schema = v.safeParse(storedHistoryRecordSchema, input, { abortPipeEarly: true });
  if (schema.success) {
    expect(fast).toEqual(schema.output);
  } else {
    expect(typeof fast).toBe('string');
    const path = v.getDotPath(schema.issues[0]) ?? '';
    expect(fast).toMatch(new RegExp(`^invalid record: ${path.replace(/\./g, '\\.')}:`));
  }
}

describe('readHistoryRecord agrees with storedHistoryRecordSchema', () => {
  it('valid records of every readable version (with extra keys dropped), read as the current one', () => {
    fc.assert(
      fc.property(
        fc.oneof(sessionArbitrary, checkinArbitrary),
        fc.boolean(),
        fc.constantFrom(...READABLE_RECORD_VERSIONS),
        (record, extra, version) => {
          const input = viaJson(
            extra ? { ...record, v: version, futureField: 1 } : { ...record, v: version },
          );
          expect(readHistoryRecord(input)).toEqual(record);
          compare(input);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('one bad field', () => {
    const nearMiss = fc.oneof(sessionArbitrary, checkinArbitrary).chain((record) => {
      const fields = Object.keys(BAD).filter(
        (key) =>
          key in record ||
          key.startsWith('rating') ||
          (record.type === 'checkin' && (key === 'note' || (FACTOR_KEYS as string[]).includes(key))),
      );
      return fc
        .constantFrom(...fields)
        .chain((field) =>
          fc.constantFrom(...(BAD[field] ?? [])).map((bad) => viaJson({ ...record, [field]: bad })),
        );
    });
    fc.assert(fc.property(nearMiss, compare), { numRuns: 5_000 });
  });

  it('arbitrary objects of every readable version', () => {
    const anyObject = fc.dictionary(fc.string(), fc.jsonValue(), { noNullPrototype: true });
    const shaped = fc
      .tuple(
        anyObject,
        fc.constantFrom('session', 'checkin', 'other'),
        fc.constantFrom(...READABLE_RECORD_VERSIONS),
      )
      .map(([o, type, version]) => viaJson({ ...o, v: version, type }));
    fc.assert(fc.property(shaped, compare), { numRuns: 5_000 });
  });
});
