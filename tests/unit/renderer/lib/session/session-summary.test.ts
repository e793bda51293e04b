import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../../renderer/lib/session';
import { fakeClock, planOf, presetPlan, T0 } from './helpers';

const S = 1000;
const QUICK_IDS = [
  'chin-tuck',
  'neck-side-bend',
  'shoulder-rolls',
  'cross-body-arm',
  'seated-rounding',
  'paced-breathing',
];

describe('session summary', () => {
  it('records a completed routine with its exact start and end', () => {
    const session = createSession(presetPlan('quick'), fakeClock());
    session.start();
    expect(session.summary(T0 + 3600 * S)).toEqual({
      startedAt: T0,
      endedAt: T0 + 300 * S,
      preset: 'quick',
      stepsDone: QUICK_IDS,
      stepsSkipped: [],
      completed: true,
    });
  });

  it('while in progress, ends "now" and is not completed', () => {
    const session = createSession(presetPlan('quick'), fakeClock());
    session.start();
    expect(session.summary(T0 + 45 * S)).toMatchObject({
      endedAt: T0 + 45 * S,
      stepsDone: ['chin-tuck'],
      completed: false,
    });
  });

  it('a skipped step that is later completed counts as done, not skipped', () => {
    const clock = fakeClock();
    const session = createSession(
      planOf([
        ['chin-tuck', 30],
        ['shoulder-rolls', 30],
      ]),
      clock,
    );
    session.start();
    session.next();
    expect(session.summary(clock.t)?.stepsSkipped).toEqual(['chin-tuck']);
    session.back();
    clock.advance(30 * S);
    expect(session.summary(clock.t)).toMatchObject({ stepsDone: ['chin-tuck'], stepsSkipped: [] });
  });

  it('keeps valid 0-10 ratings, before and after (even once finished), and rejects others', () => {
    const clock = fakeClock();
    const session = createSession(
      planOf([
        ['settle-in', 30],
        ['good-night', 30],
      ]),
      clock,
    );
    session.start();
    expect(session.setRatingBefore(7)).toBe(true);
    for (const bad of [11, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(session.setRatingBefore(bad)).toBe(false);
    clock.advance(60 * S);
    expect(session.view(clock.t).status).toBe('finished');
    expect(session.setRatingAfter(0)).toBe(true);
    expect(session.summary(clock.t)).toMatchObject({ ratingBefore: 7, ratingAfter: 0, completed: true });
    expect(session.setRatingBefore(null)).toBe(true);
    expect(session.summary(clock.t)).not.toHaveProperty('ratingBefore');
  });

  it('cannot be changed by editing the plan array afterwards', () => {
    const plan = planOf([
      ['chin-tuck', 30],
      ['shoulder-rolls', 30],
    ]);
    const steps = plan.steps as unknown as unknown[];
    const session = createSession(plan, fakeClock());
    session.start();
    steps.pop();
    expect(session.view(T0 + 40 * S).step?.id).toBe('shoulder-rolls');
  });
});

describe('session events', () => {
  it('report each command with its reason, at the command’s instant', () => {
    const clock = fakeClock();
    const session = createSession(
      planOf([
        ['chin-tuck', 30],
        ['shoulder-rolls', 30],
        ['good-night', 30],
      ]),
      clock,
    );
    session.start();
    clock.advance(5 * S);
    session.next();
    clock.advance(5 * S);
    session.back();
    clock.advance(5 * S);
    session.restartStep();
    const reasons = session
      .events(T0 - 1, clock.t)
      .map((e) => (e.type === 'step-changed' ? [e.reason, e.stepIndex, e.at - T0] : [e.type, e.at - T0]));
    expect(reasons).toEqual([
      ['start', 0, 0],
      ['next', 1, 5 * S],
      ['back', 0, 10 * S],
      ['restart', 0, 15 * S],
    ]);
    expect(session.events(T0, T0 + 5 * S)).toHaveLength(1);
  });
});
