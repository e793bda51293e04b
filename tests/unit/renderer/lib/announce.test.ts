import { EN_ROUTINE } from '../../../support/messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../main/core/routine/plan';
import { CATALOG } from '../../../../main/core/routine/catalog';
import {
  clockText,
  messagesFor,
  minuteToAnnounce,
  minutesLeftText,
  phaseCount,
  phaseWord,
  stepMessage,
} from '../../../../renderer/lib/announce';
import type { SessionEvent } from '../../../../renderer/lib/session';
import { presetSettings } from '../../main/core/routine/plan-helpers';

const full = buildPlan(presetSettings('full', { heatCold: 'ask' }), CATALOG).steps;
const indexOf = (id: string): number => full.findIndex((s) => s.id === id);
const changed = (id: string, at: number): SessionEvent => ({
  type: 'step-changed',
  at,
  stepIndex: indexOf(id),
  stepId: id,
  reason: 'auto',
});

describe('clockText', () => {
  it.each([
    [0, '0:00'],
    [-5, '0:00'],
    [1, '0:01'],
    [1000, '0:01'],
    [1001, '0:02'],
    [30_000, '0:30'],
    [61_000, '1:01'],
    [599_001, '10:00'],
    [1_500_000, '25:00'],
  ])('%i ms reads %s (seconds round up: 0:00 only when it is over)', (ms, text) => {
    expect(clockText(ms)).toBe(text);
  });
});

describe('minuteToAnnounce', () => {
  it.each<[number, number, number | null]>([
    [120_001, 120_000, 2],
    [60_001, 60_000, 1],
    [61_000, 59_000, 1],
    [125_000, 121_000, null],
    [120_000, 119_000, null],
    [120_000, 120_000, null],
    [60_000, 0, null],
    // A window hidden for minutes names only the minute it is in now.
    [300_000, 90_000, 2],
  ])('%i -> %i ms announces %s', (before, after, minute) => {
    expect(minuteToAnnounce(before, after)).toBe(minute);
  });

  it('over any readings of a countdown, names each minute at most once, counting down', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 1_200_000 }),
        fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 1, maxLength: 40 }),
        (length, gaps) => {
          let previous = length;
          const said: number[] = [];
          for (const gap of gaps) {
            const current = Math.max(0, previous - gap);
            const minute = minuteToAnnounce(previous, current);
            if (minute !== null) {
              said.push(minute);
              // Announced only once the time shown is that minute or less.
              expect(current).toBeLessThanOrEqual(minute * 60_000);
            }
            previous = current;
          }
          expect(new Set(said).size).toBe(said.length);
          expect([...said].sort((a, b) => b - a)).toEqual(said);
          expect(said.every((m) => m >= 1)).toBe(true);
        },
      ),
    );
  });

  it('readings at every whole minute (as the engine arms them) announce every minute', () => {
    const said: number[] = [];
    let previous = 180_000;
    for (const current of [179_000, 120_000, 90_000, 60_000, 30_000, 0]) {
      const minute = minuteToAnnounce(previous, current);
      if (minute !== null) said.push(minute);
      previous = current;
    }
    expect(said.map((minutes) => minutesLeftText(minutes, EN_ROUTINE))).toEqual([
      '2 minutes left in this step',
      '1 minute left in this step',
    ]);
  });
});

describe('messagesFor', () => {
  it('says where the routine is and for how long when a step begins', () => {
    expect(messagesFor([changed('chin-tuck', 1)], full, EN_ROUTINE)).toEqual([
      'Step 2 of 11: Chin tuck, 30 s.',
    ]);
  });

  it('a gated heat-or-cold step says what it is waiting for', () => {
    const step = full[indexOf('heat-or-cold')];
    if (step === undefined) throw new Error('no heat-or-cold step');
    expect(stepMessage(step, 7, 11, EN_ROUTINE)).toBe(
      'Step 8 of 11: Heat or cold on your upper back. Read the safety notes, then choose heat, cold or skip.',
    );
    expect(stepMessage({ ...step, heatCold: 'cold' }, 7, 11, EN_ROUTINE)).toMatch(
      /safety notes, then start when ready/,
    );
  });

  it('after a long gap, only the latest step change is announced', () => {
    const events = [changed('chin-tuck', 1), changed('neck-side-bend', 2), changed('shoulder-rolls', 3)];
    expect(messagesFor(events, full, EN_ROUTINE)).toEqual(['Step 4 of 11: Shoulder rolls, 30 s.']);
  });

  it('a half-time cue is said for the step on screen, never for one already left', () => {
    const side: SessionEvent = {
      type: 'side-switch',
      at: 5,
      stepIndex: indexOf('neck-side-bend'),
      stepId: 'neck-side-bend',
    };
    expect(messagesFor([side], full, EN_ROUTINE)).toEqual([
      'Switch sides: lift your head slowly, then tilt it the other way.',
    ]);
    expect(messagesFor([changed('neck-side-bend', 2), side], full, EN_ROUTINE)).toHaveLength(2);
    expect(messagesFor([side, changed('shoulder-rolls', 9)], full, EN_ROUTINE)).toEqual([
      'Step 4 of 11: Shoulder rolls, 30 s.',
    ]);
    // Restarted after its half-time cue: the cue belongs to the earlier run of the step.
    expect(messagesFor([side, changed('neck-side-bend', 9)], full, EN_ROUTINE)).toHaveLength(1);
  });

  it('finishing or ending says only that', () => {
    expect(messagesFor([changed('good-night', 1), { type: 'finished', at: 2 }], full, EN_ROUTINE)).toEqual([
      'Routine finished. Good night.',
    ]);
    expect(messagesFor([{ type: 'ended', at: 2 }], full, EN_ROUTINE)).toEqual(['Routine ended.']);
    expect(messagesFor([], full, EN_ROUTINE)).toEqual([]);
  });
});

describe('breathing words', () => {
  it('names each phase', () => {
    expect(['in', 'hold', 'out', 'hold-out'].map((p) => phaseWord(p as 'in', EN_ROUTINE))).toEqual([
      'Breathe in',
      'Hold',
      'Breathe out',
      'Hold',
    ]);
  });

  it.each([
    [4000, 4, 1],
    [3001, 4, 1],
    [3000, 4, 2],
    [1, 4, 4],
    [8000, 8, 1],
    [0, 8, 8],
  ])('%i ms left of a %i s phase counts %i', (left, sec, count) => {
    expect(phaseCount(left, sec)).toBe(count);
  });
});
