import { describe, expect, it } from 'vitest';
import { createSession, type SessionPlan } from '../../../../../renderer/lib/session';
import { fakeClock, planOf, presetPlan, T0 } from './helpers';

const S = 1000;
const MIN = 60 * S;

/** settle 60 s, neck side bend 60 s (two-sided), shoulder rolls 45 s, breathing 120 s. */
const small: SessionPlan = planOf([
  ['settle-in', 60],
  ['neck-side-bend', 60],
  ['shoulder-rolls', 45],
  ['paced-breathing', 120],
]);

function started(plan = small) {
  const clock = fakeClock();
  const session = createSession(plan, clock);
  expect(session.start()).toBe(true);
  return { clock, session };
}

describe('session: before and at the start', () => {
  it('is idle with the whole routine ahead, and nothing scheduled', () => {
    const session = createSession(presetPlan('standard'), fakeClock());
    const view = session.view(T0 + 10 * MIN);
    expect(view).toMatchObject({ status: 'idle', stepIndex: 0, stepRemainingMs: MIN, stepElapsedMs: 0 });
    expect(view.totalRemainingMs).toBe(12 * MIN);
    expect(view.step?.id).toBe('settle-in');
    expect(session.nextBoundary(T0)).toBeNull();
    expect(session.summary(T0)).toBeNull();
  });

  it('counts down from an absolute deadline once started', () => {
    const { session } = started();
    expect(session.view(T0 + 12_345)).toMatchObject({
      status: 'running',
      stepIndex: 0,
      stepElapsedMs: 12_345,
      stepRemainingMs: 60 * S - 12_345,
      totalRemainingMs: 285 * S - 12_345,
    });
    expect(session.start()).toBe(false);
  });

  it('never reads the clock in a query (queries are pure in `now`)', () => {
    const clock = fakeClock();
    const session = createSession(small, clock);
    session.start();
    clock.now = () => {
      throw new Error('queries must not read the clock');
    };
    expect(() => [
      session.view(T0 + 5),
      session.nextBoundary(T0 + 5),
      session.events(0, T0 + 5),
      session.summary(T0 + 5),
    ]).not.toThrow();
  });

  it('an empty plan finishes as soon as it starts', () => {
    const session = createSession({ preset: 'quick', steps: [] }, fakeClock());
    session.start();
    expect(session.view(T0)).toMatchObject({ status: 'finished', step: null, totalRemainingMs: 0 });
    expect(session.summary(T0)?.completed).toBe(true);
  });
});

describe('session: pause and resume', () => {
  it('pausing for 5 minutes leaves the remaining time exactly unchanged', () => {
    const { clock, session } = started();
    clock.advance(20 * S);
    expect(session.pause()).toBe(true);
    const atPause = session.view(clock.t);
    clock.advance(5 * MIN);
    const later = session.view(clock.t);
    expect(later.status).toBe('paused');
    expect(later.stepRemainingMs).toBe(40 * S);
    expect(later.stepRemainingMs).toBe(atPause.stepRemainingMs);
    expect(later.totalRemainingMs).toBe(atPause.totalRemainingMs);
    expect(session.nextBoundary(clock.t)).toBeNull();
    expect(session.resume()).toBe(true);
    expect(session.view(clock.t).stepRemainingMs).toBe(40 * S);
    expect(session.view(clock.t + 1500).stepRemainingMs).toBe(40 * S - 1500);
  });

  it('does not move on while paused, even long past the old deadline', () => {
    const { clock, session } = started();
    clock.advance(59 * S);
    session.pause();
    expect(session.view(clock.t + 10 * 60 * MIN)).toMatchObject({ stepIndex: 0, stepRemainingMs: S });
  });

  it('pause, resume and end only act when they make sense', () => {
    const session = createSession(small, fakeClock());
    expect(session.pause()).toBe(false);
    expect(session.resume()).toBe(false);
    expect(session.end()).toBe(false);
    session.start();
    expect(session.resume()).toBe(false);
    expect(session.pause()).toBe(true);
    expect(session.pause()).toBe(false);
  });
});

describe('session: next, back, restart', () => {
  it('next skips to the start of the following step', () => {
    const { clock, session } = started();
    clock.advance(10 * S);
    expect(session.next()).toBe(true);
    expect(session.view(clock.t)).toMatchObject({ stepIndex: 1, stepElapsedMs: 0, stepRemainingMs: 60 * S });
    expect(session.view(clock.t).totalRemainingMs).toBe(225 * S);
    expect(session.summary(clock.t)?.stepsSkipped).toEqual(['settle-in']);
  });

  it('next while paused stays paused, with the new step full', () => {
    const { clock, session } = started();
    session.pause();
    session.next();
    clock.advance(MIN);
    expect(session.view(clock.t)).toMatchObject({ status: 'paused', stepIndex: 1, stepRemainingMs: 60 * S });
  });

  it('back goes to the start of the previous step; on the first step it restarts it', () => {
    const { clock, session } = started();
    clock.advance(70 * S); // 10 s into step 1
    expect(session.back()).toBe(true);
    expect(session.view(clock.t)).toMatchObject({ stepIndex: 0, stepElapsedMs: 0 });
    clock.advance(5 * S);
    session.back();
    expect(session.view(clock.t)).toMatchObject({ stepIndex: 0, stepElapsedMs: 0, stepRemainingMs: 60 * S });
  });

  it('restartStep starts the current step over', () => {
    const { clock, session } = started();
    clock.advance(90 * S);
    expect(session.restartStep()).toBe(true);
    expect(session.view(clock.t)).toMatchObject({ stepIndex: 1, stepElapsedMs: 0, side: 'first' });
    expect(session.view(clock.t + 60 * S).stepIndex).toBe(2);
  });

  it('next on the last step finishes the routine', () => {
    const { clock, session } = started(
      planOf([
        ['chin-tuck', 30],
        ['good-night', 30],
      ]),
    );
    session.next();
    session.next();
    expect(session.view(clock.t)).toMatchObject({ status: 'finished', stepIndex: 2, step: null });
    expect(session.next()).toBe(false);
    expect(session.back()).toBe(false);
  });
});

describe('session: two-sided steps', () => {
  it('switches sides at exactly half time', () => {
    const { session } = started();
    const stepStart = T0 + 60 * S; // neck side bend, 60 s
    expect(session.view(stepStart + 30 * S - 1)).toMatchObject({
      stepIndex: 1,
      side: 'first',
      sideSwitched: false,
    });
    expect(session.view(stepStart + 30 * S)).toMatchObject({
      stepIndex: 1,
      side: 'second',
      sideSwitched: true,
    });
    expect(session.events(stepStart, stepStart + 60 * S - 1)).toEqual([
      { type: 'side-switch', at: stepStart + 30 * S, stepIndex: 1, stepId: 'neck-side-bend' },
    ]);
  });

  it('after a pause, the switch comes when the side has had its full time', () => {
    const { clock, session } = started();
    clock.advance(80 * S); // 20 s into the side bend
    session.pause();
    clock.advance(60 * MIN);
    session.resume();
    expect(session.view(clock.t + 10 * S - 1).side).toBe('first');
    expect(session.view(clock.t + 10 * S).side).toBe('second');
    expect(session.events(clock.t, clock.t + 10 * S).map((e) => [e.type, e.at])).toEqual([
      ['side-switch', clock.t + 10 * S],
    ]);
  });

  it('pausing exactly at the switch reports it once, not again on resume', () => {
    const { clock, session } = started();
    clock.t = T0 + 90 * S; // the side bend's half time
    session.pause();
    clock.advance(10 * 60 * S);
    session.resume();
    const switches = session.events(T0, clock.t + 60 * S).filter((e) => e.type === 'side-switch');
    expect(switches).toEqual([
      { type: 'side-switch', at: T0 + 90 * S, stepIndex: 1, stepId: 'neck-side-bend' },
    ]);
  });

  it('one-sided steps have no side', () => {
    const { session } = started();
    expect(session.view(T0 + 5 * S)).toMatchObject({ side: null, sideSwitched: false });
  });
});

describe('session: end', () => {
  it('ends early, freezes the view and refuses further commands', () => {
    const { clock, session } = started();
    clock.advance(75 * S);
    expect(session.end()).toBe(true);
    const frozen = session.view(clock.t);
    expect(frozen).toMatchObject({ status: 'ended', stepIndex: 1, stepRemainingMs: 45 * S });
    expect(session.view(clock.t + 60 * MIN)).toEqual(frozen);
    for (const command of [
      session.start,
      session.pause,
      session.resume,
      session.next,
      session.back,
      session.restartStep,
      session.end,
    ]) {
      expect(command()).toBe(false);
    }
    expect(session.nextBoundary(clock.t)).toBeNull();
    expect(session.summary(clock.t + MIN)).toMatchObject({
      startedAt: T0,
      endedAt: T0 + 75 * S,
      completed: false,
    });
    expect(session.events(clock.t - 1, clock.t + MIN)).toEqual([{ type: 'ended', at: clock.t }]);
  });
});
