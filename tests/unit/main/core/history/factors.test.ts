/**
 * The morning check-in's quick factors: their schema on write and read, the request the form
 * sends, version-1 lines still loading, unknown future fields ignored, and last night derived
 * from the history rather than asked.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkinRequestSchema, toCheckinRecord } from '../../../../../main/core/history/checkin';
import { FACTORS, factorValues, pickFactors } from '../../../../../main/core/history/factors';
import { lastNightText, morningsWithNights } from '../../../../../main/core/history/mornings';
import { parseHistory } from '../../../../../main/core/history/parse';
import {
  HISTORY_RECORD_VERSION,
  validateHistoryRecord,
  type CheckinRecord,
  type SessionRecord,
} from '../../../../../main/core/history/records';
import { EN_INSIGHTS } from '../../../../support/messages';

const checkin: CheckinRecord = {
  v: HISTORY_RECORD_VERSION,
  type: 'checkin',
  at: '2026-03-02T07:05:00.000Z',
  localDate: '2026-03-02',
  soreness: 4,
  sleptOn: 'back',
  pillow: 'different',
  lifting: 'yes',
  stress: 'high',
};
const session = (night: string, extra: Partial<SessionRecord> = {}): SessionRecord => ({
  v: HISTORY_RECORD_VERSION,
  type: 'session',
  startedAt: `${night}T21:00:00.000Z`,
  endedAt: `${night}T21:05:00.000Z`,
  night,
  preset: 'quick',
  stepsDone: ['chin-tuck'],
  stepsSkipped: [],
  completed: true,
  ...extra,
});
const line = (record: unknown): string => JSON.stringify(record);

describe('quick factors in the check-in record', () => {
  it('the version is bumped past the first one', () => {
    expect(HISTORY_RECORD_VERSION).toBe(2);
  });

  it('every factor and every choice is accepted; each factor is optional', () => {
    expect(validateHistoryRecord(checkin)).toEqual({ ok: true, value: checkin });
    for (const key of Object.keys(FACTORS) as Array<keyof typeof FACTORS>) {
      for (const value of factorValues(key)) {
        expect(validateHistoryRecord({ ...checkin, [key]: value }).ok).toBe(true);
      }
      const { [key]: _dropped, ...without } = checkin;
      expect(validateHistoryRecord(without).ok).toBe(true);
    }
  });

  it('a value outside the choices is refused on write and the line skipped on read, naming the field', () => {
    const bad = { ...checkin, sleptOn: 'upside-down' };
    expect(validateHistoryRecord(bad).ok).toBe(false);
    expect(parseHistory(line(bad)).skipped).toEqual([
      { line: 1, reason: 'invalid record: sleptOn: Expected one of: back, side, front, mixed' },
    ]);
    expect(parseHistory(line({ ...checkin, stress: 2 })).records).toEqual([]);
  });

  it('version-1 lines (before factors) still load, read as the current version', () => {
    const { records, skipped } = parseHistory(
      [
        line({ v: 1, type: 'checkin', at: checkin.at, localDate: '2026-03-02', soreness: 3 }),
        line({ ...session('2026-03-01'), v: 1 }),
      ].join('\n'),
    );
    expect(skipped).toEqual([]);
    expect(records).toEqual([
      { v: 2, type: 'checkin', at: checkin.at, localDate: '2026-03-02', soreness: 3 },
      session('2026-03-01'),
    ]);
  });

  it('unknown future fields are ignored, the known factors kept; a newer version is skipped', () => {
    const { records } = parseHistory(line({ ...checkin, mattress: 'new', sleepHours: 7 }));
    expect(records).toEqual([checkin]);
    expect(parseHistory(line({ ...checkin, v: 3 })).skipped[0]?.reason).toBe('unsupported record version 3');
  });
});

describe('the check-in request', () => {
  it('takes the factors, each optional, and nothing it does not know', () => {
    expect(v.safeParse(checkinRequestSchema, { soreness: 4, sleptOn: 'side', stress: 'low' }).success).toBe(
      true,
    );
    expect(v.safeParse(checkinRequestSchema, { soreness: 4 }).success).toBe(true);
    expect(v.safeParse(checkinRequestSchema, { soreness: 4, pillow: 'memory foam' }).success).toBe(false);
    // Last night is never asked: the history already knows it.
    expect(v.safeParse(checkinRequestSchema, { soreness: 4, routine: true }).success).toBe(false);
    expect(v.safeParse(checkinRequestSchema, { soreness: 4, heatCold: 'heat' }).success).toBe(false);
  });

  it('writes the answered factors into the record and leaves the others out', () => {
    const record = toCheckinRecord({ soreness: 5, lifting: 'no' }, Date.parse(checkin.at), 'UTC');
    expect(record).toEqual({
      v: 2,
      type: 'checkin',
      at: checkin.at,
      localDate: '2026-03-02',
      soreness: 5,
      lifting: 'no',
    });
    expect(validateHistoryRecord(record).ok).toBe(true);
  });

  it('pickFactors keeps only known factors with known values', () => {
    expect(pickFactors({ sleptOn: 'front', pillow: 'odd', stress: undefined })).toEqual({ sleptOn: 'front' });
  });
});

describe('last night, from the history', () => {
  it('routine, its preset and heat or cold come from the sessions of the night before', () => {
    const mornings = morningsWithNights([
      session('2026-03-01', { preset: 'standard', heatCold: 'heat' }),
      session('2026-03-01', { preset: 'quick' }),
      checkin,
      { ...checkin, localDate: '2026-03-03', soreness: 6 },
      // Abandoned before any step: not a routine night.
      session('2026-03-03', { completed: false, stepsDone: [] }),
      { ...checkin, localDate: '2026-03-04', soreness: 1 },
    ]);
    expect(mornings.map((m) => [m.date, m.night])).toEqual([
      ['2026-03-02', { routine: true, preset: 'quick', heatCold: 'heat' }],
      ['2026-03-03', { routine: false, preset: null, heatCold: null }],
      ['2026-03-04', { routine: false, preset: null, heatCold: null }],
    ]);
    expect(mornings[0]?.factors).toEqual({
      sleptOn: 'back',
      pillow: 'different',
      lifting: 'yes',
      stress: 'high',
    });
  });

  it('says it in words', () => {
    expect(lastNightText({ routine: true, preset: 'full', heatCold: 'cold' }, EN_INSIGHTS)).toBe(
      'Last night: the Full routine, with cold.',
    );
    expect(lastNightText({ routine: true, preset: 'quick', heatCold: null }, EN_INSIGHTS)).toBe(
      'Last night: the Quick routine.',
    );
    expect(lastNightText({ routine: false, preset: null, heatCold: null }, EN_INSIGHTS)).toBe(
      'Last night: no routine recorded.',
    );
  });
});
