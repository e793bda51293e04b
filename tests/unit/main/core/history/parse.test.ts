import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../../../main/core/history/parse';
import {
  serializeHistoryRecord,
  validateHistoryRecord,
  type CheckinRecord,
  type HistoryRecord,
  type SessionRecord,
} from '../../../../../main/core/history/records';

const session: SessionRecord = {
  v: 2,
  type: 'session',
  startedAt: '2025-03-01T21:55:00.000Z',
  endedAt: '2025-03-01T22:09:30.000Z',
  night: '2025-03-01',
  preset: 'standard',
  stepsDone: ['neck-roll', 'doorway-stretch'],
  stepsSkipped: ['foam-roller'],
  ratingBefore: 6,
  ratingAfter: 3,
  completed: true,
};
const checkin: CheckinRecord = {
  v: 2,
  type: 'checkin',
  at: '2025-03-02T07:05:00.000Z',
  localDate: '2025-03-02',
  soreness: 2,
  note: 'better than yesterday',
};
const line = (record: unknown): string => JSON.stringify(record);

describe('validateHistoryRecord', () => {
  it('accepts both record types, with and without optional fields', () => {
    expect(validateHistoryRecord(session)).toEqual({ ok: true, value: session });
    expect(validateHistoryRecord(checkin)).toEqual({ ok: true, value: checkin });
    const { ratingBefore: _b, ratingAfter: _a, ...bare } = session;
    expect(validateHistoryRecord(bare).ok).toBe(true);
    const { note: _n, ...noNote } = checkin;
    expect(validateHistoryRecord(noNote).ok).toBe(true);
  });

  it.each([
    ['ratingBefore', -1],
    ['ratingBefore', 11],
    ['ratingAfter', 2.5],
    ['ratingAfter', '3'],
    ['startedAt', '2025-03-01 21:55'],
    ['endedAt', 'yesterday'],
    ['preset', 'long'],
    ['stepsDone', 'neck-roll'],
    ['stepsSkipped', ['Neck Roll']],
    ['completed', 'yes'],
  ])('session: rejects %s = %j', (field, value) => {
    const result = validateHistoryRecord({ ...session, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toMatch(new RegExp(`^${field}`));
  });

  it('session: ratings 0 and 10 are fine', () => {
    expect(validateHistoryRecord({ ...session, ratingBefore: 0, ratingAfter: 10 }).ok).toBe(true);
  });

  it.each([
    ['soreness', -1],
    ['soreness', 11],
    ['soreness', 1.5],
    ['localDate', '2025-02-30'],
    ['localDate', '2025-3-2'],
    ['at', '07:05'],
    ['note', 'x'.repeat(281)],
    ['note', 42],
  ])('checkin: rejects %s = %j', (field, value) => {
    const result = validateHistoryRecord({ ...checkin, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toBe(field);
  });

  it('checkin: soreness 0 and 10, a 280-character note and 29 February in a leap year are fine', () => {
    expect(validateHistoryRecord({ ...checkin, soreness: 0 }).ok).toBe(true);
    expect(
      validateHistoryRecord({ ...checkin, soreness: 10, note: 'x'.repeat(280), localDate: '2024-02-29' }).ok,
    ).toBe(true);
  });

  it('rejects unknown keys, unknown types and other versions when writing', () => {
    expect(validateHistoryRecord({ ...session, mood: 'ok' }).ok).toBe(false);
    expect(validateHistoryRecord({ ...session, type: 'nap' }).ok).toBe(false);
    expect(validateHistoryRecord({ ...checkin, v: 1 }).ok).toBe(false);
    expect(validateHistoryRecord({ ...checkin, v: 3 }).ok).toBe(false);
    expect(validateHistoryRecord(null).ok).toBe(false);
  });

  it('serialises to a single line', () => {
    const text = serializeHistoryRecord({ ...checkin, note: 'line one\nline two' });
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toEqual({ ...checkin, note: 'line one\nline two' });
  });
});

describe('parseHistory', () => {
  it('reads records in file order; blank lines and the final newline are not reported', () => {
    const text = `${line(session)}\n\n${line(checkin)}\n`;
    expect(parseHistory(text)).toEqual({ records: [session, checkin], skipped: [] });
    expect(parseHistory('')).toEqual({ records: [], skipped: [] });
  });

  it('skips corrupt lines in the middle and reports their line numbers', () => {
    const text = [
      line(session),
      '{"v":1,"type":"sess',
      'garbage',
      line(checkin),
      '\0\0\0',
      line(session),
    ].join('\n');
    expect(parseHistory(text)).toEqual({
      records: [session, checkin, session],
      skipped: [
        { line: 2, reason: 'not valid JSON (truncated or damaged)' },
        { line: 3, reason: 'not valid JSON (truncated or damaged)' },
        { line: 5, reason: 'not valid JSON (truncated or damaged)' },
      ],
    });
  });

  it('skips a truncated last line (crash mid-append)', () => {
    const text = `${line(session)}\n${line(checkin).slice(0, 30)}`;
    expect(parseHistory(text)).toEqual({
      records: [session],
      skipped: [{ line: 2, reason: 'not valid JSON (truncated or damaged)' }],
    });
  });

  it('validates records on read and says why one was skipped', () => {
    const text = [
      line({ ...checkin, soreness: 12 }),
      line({ ...session, v: 3 }),
      line({ ...session, v: undefined }),
      line([1, 2]),
      line({ ...session, type: 'nap' }),
    ].join('\n');
    const { records, skipped } = parseHistory(text);
    expect(records).toEqual([]);
    expect(skipped).toEqual([
      { line: 1, reason: 'invalid record: soreness: Use a whole number from 0 to 10' },
      { line: 2, reason: 'unsupported record version 3' },
      { line: 3, reason: 'unsupported record version undefined' },
      { line: 4, reason: 'not a JSON object' },
      { line: 5, reason: expect.stringMatching(/^invalid record: type:/) },
    ]);
  });

  it('keeps records that carry extra keys from a later release, dropping the keys', () => {
    const { records } = parseHistory(line({ ...checkin, mood: 'calm' }));
    expect(records).toEqual([checkin]);
  });

  it('tolerates CRLF line ends', () => {
    expect(parseHistory(`${line(session)}\r\n${line(checkin)}\r\n`).records).toEqual([session, checkin]);
  });

  it('parses 7,300 lines', () => {
    const records: HistoryRecord[] = [];
    for (let day = 0; day < 3_650; day++) {
      const date = new Date(Date.UTC(2020, 0, 1 + day, 21, 50));
      records.push({
        ...session,
        startedAt: date.toISOString(),
        endedAt: new Date(date.getTime() + 900_000).toISOString(),
      });
      records.push({
        ...checkin,
        at: new Date(date.getTime() + 36_000_000).toISOString(),
        localDate: date.toISOString().slice(0, 10),
      });
    }
    const text = `${records.map(line).join('\n')}\n`;
    // How fast is npm run bench's business (the history figure), never a timed assertion here.
    const parsed = parseHistory(text);
    expect(parsed.records).toHaveLength(7_300);
    expect(parsed.skipped).toHaveLength(0);
  });
});
