/**
 * Time-keeping: every answer comes from absolute deadlines chained from the previous deadline,
 * so a session left alone for hours (hidden window, sleeping laptop) shows exactly the right
 * step and time, and the UI can arm a single timer for the next boundary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../main/core/routine/catalog';
import { createSession, type SessionPlan, type SessionView } from '../../../renderer/lib/session';
import { fakeClock, planOf, presetPlan, stepStarts, T0 } from './helpers';

const S = 1000;
const ungated = CATALOG.steps.filter((s) => s.kind !== 'heat-or-cold').map((s) => s.id);

/** Plans of 1-8 ungated catalog steps with arbitrary lengths (1 s to 20 min). */
const plans = fc
  .array(fc.tuple(fc.constantFrom(...ungated), fc.integer({ min: 1, max: 1200 })), {
    minLength: 1,
    maxLength: 8,
  })
  .chain((entries) =>
    fc.constantFrom('relaxed', '4-7-8', 'box').map((pattern) => planOf(entries, { pattern })),
  );

const totalMs = (plan: SessionPlan) => plan.steps.reduce((sum, s) => sum + s.durationSec * S, 0);

/** Everything the user can see change. */
function signature(view: SessionView): string {
  return JSON.stringify([
    view.status,
    view.stepIndex,
    view.side,
    view.pastHalfway,
    view.breathing?.phase,
    view.breathing?.cycle,
    Math.ceil(view.stepRemainingMs / 60_000),
  ]);
}

describe('catch-up after being left alone', () => {
  it('lands on the right step, to the millisecond, several steps later', () => {
    const clock = fakeClock();
    const session = createSession(presetPlan('quick'), clock);
    session.start();
    // chin tuck 30 s + side bend 60 s have passed, 5 s into shoulder rolls.
    expect(session.view(T0 + 95 * S)).toMatchObject({
      stepIndex: 2,
      stepElapsedMs: 5 * S,
      stepRemainingMs: 25 * S,
    });
    expect(session.view(T0 + 95 * S).step?.id).toBe('shoulder-rolls');
    // A command after the gap acts on the caught-up state, not on a stale one.
    clock.t = T0 + 95 * S;
    session.pause();
    expect(session.view(T0 + 10 * 3600 * S)).toMatchObject({ stepIndex: 2, stepRemainingMs: 25 * S });
  });

  it('finishes at the exact end of the last step, however late it is asked', () => {
    const session = createSession(presetPlan('quick'), fakeClock());
    session.start();
    const late = T0 + 9 * 3600 * S;
    expect(session.view(late)).toMatchObject({ status: 'finished', totalRemainingMs: 0 });
    expect(session.summary(late)).toMatchObject({ endedAt: T0 + 300 * S, completed: true });
    expect(session.events(T0, late).at(-1)).toEqual({ type: 'finished', at: T0 + 300 * S });
    expect(session.nextBoundary(late)).toBeNull();
  });

  it('every step change is reported at its exact chained deadline', () => {
    const plan = presetPlan('quick');
    const session = createSession(plan, fakeClock());
    session.start();
    const changes = session.events(T0, T0 + 3600 * S).filter((e) => e.type === 'step-changed');
    expect(changes.map((e) => e.at - T0)).toEqual(stepStarts(plan).slice(1));
  });

  it('no drift: the view at any instant matches the plan arithmetic', () => {
    fc.assert(
      fc.property(plans, fc.double({ min: 0, max: 1.2, noNaN: true }), (plan, fraction) => {
        const session = createSession(plan, fakeClock());
        session.start();
        const offset = Math.floor(totalMs(plan) * fraction);
        const view = session.view(T0 + offset);
        if (offset >= totalMs(plan)) {
          expect(view.status).toBe('finished');
          return;
        }
        const starts = stepStarts(plan);
        const index = starts.findLastIndex((start) => start <= offset);
        expect(view.stepIndex).toBe(index);
        expect(view.stepElapsedMs).toBe(offset - (starts[index] ?? NaN));
        expect(view.totalRemainingMs).toBe(totalMs(plan) - offset);
      }),
      { numRuns: 300 },
    );
  });

  it('asking often or rarely gives the same answer (commands at the same instant change nothing)', () => {
    fc.assert(
      fc.property(plans, fc.array(fc.integer({ min: 0, max: 600 * S }), { maxLength: 12 }), (plan, gaps) => {
        const lazy = createSession(plan, fakeClock());
        const clock = fakeClock();
        const eager = createSession(plan, clock);
        lazy.start();
        eager.start();
        for (const gap of gaps) {
          clock.advance(gap);
          eager.view(clock.t);
          if (eager.pause()) eager.resume(); // zero-length pause: must not shift anything
        }
        const end = clock.t + 1;
        expect(eager.view(end)).toEqual(lazy.view(end));
        expect(eager.events(-Infinity, end)).toEqual(lazy.events(-Infinity, end));
        expect(eager.summary(end)).toEqual(lazy.summary(end));
      }),
      { numRuns: 200 },
    );
  });
});

describe('nextBoundary', () => {
  it('nothing visible changes before the boundary, and something does at it', () => {
    fc.assert(
      fc.property(
        plans,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (plan, fraction, probe) => {
          const session = createSession(plan, fakeClock());
          session.start();
          const now = T0 + Math.floor(totalMs(plan) * fraction);
          const boundary = session.nextBoundary(now);
          expect(boundary).not.toBeNull();
          if (boundary === null) return;
          expect(boundary).toBeGreaterThan(now);
          const before = signature(session.view(now));
          const between = now + Math.floor((boundary - 1 - now) * probe);
          expect(signature(session.view(between))).toBe(before);
          expect(signature(session.view(boundary - 1))).toBe(before);
          expect(signature(session.view(boundary))).not.toBe(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('includes whole minutes of the step for announcements', () => {
    const session = createSession(planOf([['sleep-posture', 150]]), fakeClock());
    session.start();
    expect(session.nextBoundary(T0)).toBe(T0 + 30 * S); // 2:00 left
    expect(session.nextBoundary(T0 + 30 * S)).toBe(T0 + 90 * S); // 1:00 left
    expect(session.nextBoundary(T0 + 90 * S)).toBe(T0 + 150 * S); // the end
  });
});

describe('events', () => {
  it('reading them bit by bit gives each event exactly once', () => {
    fc.assert(
      fc.property(plans, fc.array(fc.integer({ min: 1, max: 400 * S }), { maxLength: 20 }), (plan, gaps) => {
        const session = createSession(plan, fakeClock());
        session.start();
        const seen = [];
        let since = T0 - 1;
        for (const gap of gaps) {
          const now = since + gap;
          seen.push(...session.events(since, now));
          since = now;
        }
        expect(seen).toEqual(session.events(T0 - 1, since));
      }),
    );
  });
});
