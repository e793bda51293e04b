import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../../renderer/lib/session';
import { fakeClock, presetPlan, T0 } from './helpers';

const S = 1000;
/** In Full, heat or cold follows settle (60 s) and six stretches (300 s). */
const HEAT_AT = T0 + 360 * S;
const HEAT_INDEX = 7;

function fullSession(heatCold: 'ask' | 'heat' | 'cold' = 'ask') {
  const clock = fakeClock();
  const session = createSession(presetPlan('full', heatCold), clock);
  session.start();
  return { clock, session };
}

describe('heat or cold waits for the user', () => {
  it('stops at the step with the safety notes up, however long nobody answers', () => {
    const { session } = fullSession();
    const view = session.view(HEAT_AT + 3600 * S);
    expect(view).toMatchObject({ status: 'paused', stepIndex: HEAT_INDEX, awaiting: 'heat-cold-choice' });
    expect(view.step?.kind).toBe('heat-or-cold');
    expect(view.stepRemainingMs).toBe(900 * S);
    expect(session.events(HEAT_AT - 1, HEAT_AT + 3600 * S)).toEqual([
      { type: 'step-changed', at: HEAT_AT, stepIndex: HEAT_INDEX, stepId: 'heat-or-cold', reason: 'auto' },
    ]);
    expect(session.nextBoundary(HEAT_AT + 5 * S)).toBeNull();
  });

  it('with "ask", only a choice of heat or cold starts it; resume and pause do not', () => {
    const { clock, session } = fullSession();
    clock.t = HEAT_AT + 30 * S;
    expect(session.resume()).toBe(false);
    expect(session.pause()).toBe(false);
    expect(session.confirm()).toBe(false);
    expect(session.confirm('cold')).toBe(true);
    expect(session.view(clock.t)).toMatchObject({
      status: 'running',
      awaiting: null,
      heatCold: 'cold',
      stepRemainingMs: 900 * S,
    });
    expect(session.confirm('heat')).toBe(false);
  });

  it('cues a skin check at half time, then moves on to breathing', () => {
    const { clock, session } = fullSession();
    clock.t = HEAT_AT + 30 * S;
    session.confirm('heat');
    const half = clock.t + 450 * S;
    expect(session.view(half - 1).pastHalfway).toBe(false);
    expect(session.view(half)).toMatchObject({ pastHalfway: true, side: null });
    expect(session.events(clock.t, clock.t + 900 * S)).toEqual([
      { type: 'skin-check', at: half, stepIndex: HEAT_INDEX, stepId: 'heat-or-cold' },
      {
        type: 'step-changed',
        at: clock.t + 900 * S,
        stepIndex: HEAT_INDEX + 1,
        stepId: 'paced-breathing',
        reason: 'auto',
      },
    ]);
    expect(session.summary(clock.t + 901 * S)).toMatchObject({ heatCold: 'heat' });
    expect(session.summary(clock.t + 901 * S)?.stepsDone).toContain('heat-or-cold');
  });

  it('with heat chosen in advance, the safety notes still come first; confirming starts heat', () => {
    const { clock, session } = fullSession('heat');
    clock.t = HEAT_AT + 10 * S;
    expect(session.view(clock.t).awaiting).toBe('safety-check');
    expect(session.confirm()).toBe(true);
    expect(session.view(clock.t)).toMatchObject({ status: 'running', heatCold: 'heat' });
  });

  it('next at the prompt skips it and carries straight on', () => {
    const { clock, session } = fullSession();
    clock.t = HEAT_AT + 10 * S;
    expect(session.next()).toBe(true);
    expect(session.view(clock.t)).toMatchObject({
      status: 'running',
      stepIndex: HEAT_INDEX + 1,
      awaiting: null,
    });
    expect(session.summary(clock.t)?.stepsSkipped).toEqual(['heat-or-cold']);
    expect(session.summary(clock.t)).not.toHaveProperty('heatCold');
  });

  it('going back to it asks again', () => {
    const { clock, session } = fullSession('cold');
    clock.t = HEAT_AT;
    session.confirm();
    clock.advance(900 * S + 5 * S);
    session.back();
    expect(session.view(clock.t + 60 * S)).toMatchObject({
      status: 'paused',
      stepIndex: HEAT_INDEX,
      awaiting: 'safety-check',
      stepRemainingMs: 900 * S,
    });
  });

  it('skipping into it with next() also stops at the prompt', () => {
    const { clock, session } = fullSession();
    clock.t = HEAT_AT - 10 * S;
    session.next();
    expect(session.view(clock.t + 60 * S)).toMatchObject({
      status: 'paused',
      stepIndex: HEAT_INDEX,
      awaiting: 'heat-cold-choice',
      stepRemainingMs: 900 * S,
    });
  });
});
