/**
 * createSession: the session engine behind the routine player (plain TypeScript: no Svelte, no
 * DOM, no timers). Holds one immutable state and an event log; commands read the clock once and
 * commit a new state, queries are pure functions of (state, now). Events are read with
 * `events(since, now)`: the UI keeps the `now` it last asked for and passes it as `since` next
 * time, so no event is seen twice or missed, however late it asks. The UI arms a single timer
 * for `nextBoundary(now)` instead of polling. See session-types.ts for each method's contract.
 */
import * as machine from './session-machine';
import { isRating, nextBoundaryAt, summaryAt, viewAt } from './session-queries';
import type { Session, SessionClock, SessionEvent, SessionPlan } from './session-types';

export function createSession(plan: SessionPlan, clock: SessionClock): Session {
  // A private snapshot, so a caller editing its plan array cannot shift a running session.
  const own: SessionPlan = { preset: plan.preset, steps: [...plan.steps] };
  let state = machine.initialState();
  const log: SessionEvent[] = [];

  const commit = (transition: machine.Transition | null): boolean => {
    if (transition === null) return false;
    state = transition.state;
    log.push(...transition.events);
    return true;
  };
  const run = (cmd: machine.Command): boolean => commit(cmd(own, state, clock.now()));
  const rate = (key: 'ratingBefore' | 'ratingAfter', value: number | null): boolean => {
    // Accepted in any state: the "after" rating is usually given once the routine has finished.
    if (!isRating(value)) return false;
    state = { ...state, [key]: value };
    return true;
  };

  return {
    plan: own,
    start: () => run(machine.start),
    pause: () => run(machine.pause),
    resume: () => run(machine.resume),
    confirm: (choice) => commit(machine.confirm(own, state, clock.now(), choice)),
    next: () => run(machine.next),
    back: () => run(machine.back),
    restartStep: () => run(machine.restartStep),
    end: () => run(machine.end),
    setRatingBefore: (value) => rate('ratingBefore', value),
    setRatingAfter: (value) => rate('ratingAfter', value),
    view: (now) => viewAt(own, state, now),
    nextBoundary: (now) => nextBoundaryAt(own, state, now),
    events: (since, now) => {
      const pending = machine.project(own, state, now).events;
      return [...log, ...pending].filter((event) => event.at > since && event.at <= now);
    },
    summary: (now) => summaryAt(own, state, now),
  };
}

export { breathingPhase, type BreathingPhaseView } from './breathing';
export type {
  Awaiting,
  Session,
  SessionClock,
  SessionEvent,
  SessionPlan,
  SessionStatus,
  SessionSummary,
  SessionView,
  StepChangeReason,
} from './session-types';
