/**
 * The session as an immutable state plus pure transitions. A state describes one instant (`at`);
 * any later instant is derived by `project`, which walks forward through every deadline that has
 * passed, chaining each step's deadline from the previous deadline (never from "now"), so a
 * window hidden for an hour shows exactly what a window watched all along would.
 */
import type { PlannedStep } from '$core/routine/types';
import type { Awaiting, SessionEvent, SessionPlan, SessionStatus, StepChangeReason } from './session-types';

export type Outcome = 'done' | 'skipped';

export interface SessionState {
  readonly status: SessionStatus;
  /** Current step; steps.length once finished. */
  readonly index: number;
  /** The instant this state describes. */
  readonly at: number;
  /** While running: the absolute instant the current step ends. */
  readonly deadline: number;
  /** While not running: time left in the current step, frozen. */
  readonly remainingMs: number;
  readonly awaiting: Awaiting | null;
  readonly startedAt: number | null;
  readonly endedAt: number | null;
  /** Per step index; 'done' is never downgraded to 'skipped'. */
  readonly outcomes: readonly (Outcome | undefined)[];
  readonly heatCold: 'heat' | 'cold' | null;
  readonly ratingBefore: number | null;
  readonly ratingAfter: number | null;
}

export interface Transition {
  readonly state: SessionState;
  readonly events: readonly SessionEvent[];
}

export function durationMs(step: PlannedStep): number {
  return step.durationSec * 1000;
}

/** Heat or cold waits for the safety notes (and, for 'ask', a choice) before its timer runs. */
export function gateFor(step: PlannedStep): Awaiting | null {
  if (step.kind !== 'heat-or-cold') return null;
  return step.heatCold === 'ask' ? 'heat-cold-choice' : 'safety-check';
}

export function halfTimeEvent(step: PlannedStep): 'side-switch' | 'skin-check' | null {
  if (step.twoSided) return 'side-switch';
  return step.kind === 'heat-or-cold' ? 'skin-check' : null;
}

export function initialState(): SessionState {
  return {
    status: 'idle',
    index: 0,
    at: -Infinity,
    deadline: 0,
    remainingMs: 0,
    awaiting: null,
    startedAt: null,
    endedAt: null,
    outcomes: [],
    heatCold: null,
    ratingBefore: null,
    ratingAfter: null,
  };
}

/** The state at `to` (no earlier than s.at), with the events that happened in (s.at, to]. */
export function project(plan: SessionPlan, s: SessionState, to: number): Transition {
  if (s.status !== 'running' || !(to > s.at)) return { state: s, events: [] };
  const events: SessionEvent[] = [];
  const outcomes = [...s.outcomes];
  let index = s.index;
  let deadline = s.deadline;
  let from = s.at;
  for (let step = plan.steps[index]; step !== undefined; step = plan.steps[index]) {
    const half = halfTimeEvent(step);
    const halfAt = deadline - durationMs(step) / 2;
    if (half !== null && halfAt > from && halfAt <= to) {
      events.push({ type: half, at: halfAt, stepIndex: index, stepId: step.id });
    }
    if (deadline > to) return { state: { ...s, index, deadline, outcomes, at: to }, events };
    outcomes[index] = 'done';
    index += 1;
    from = deadline;
    const upcoming = plan.steps[index];
    if (upcoming === undefined) break;
    events.push({
      type: 'step-changed',
      at: deadline,
      stepIndex: index,
      stepId: upcoming.id,
      reason: 'auto',
    });
    const gate = gateFor(upcoming);
    if (gate !== null) {
      const waiting = { status: 'paused', awaiting: gate, remainingMs: durationMs(upcoming) } as const;
      return { state: { ...s, ...waiting, index, outcomes, at: to }, events };
    }
    deadline += durationMs(upcoming);
  }
  events.push({ type: 'finished', at: from });
  return { state: { ...finished(s, from), outcomes, index: plan.steps.length, at: to }, events };
}

function finished(s: SessionState, at: number): SessionState {
  return { ...s, status: 'finished', at, endedAt: at, remainingMs: 0, awaiting: null };
}

/** Start `index` from its beginning at `now`, keeping the session paused if it was. */
function enter(
  plan: SessionPlan,
  s: SessionState,
  index: number,
  now: number,
  reason: StepChangeReason,
  paused: boolean,
): Transition {
  const step = plan.steps[index];
  if (step === undefined) {
    return {
      state: { ...finished(s, now), index: plan.steps.length },
      events: [{ type: 'finished', at: now }],
    };
  }
  const events = [{ type: 'step-changed', at: now, stepIndex: index, stepId: step.id, reason } as const];
  const gate = gateFor(step);
  const base = { ...s, index, at: now, awaiting: gate };
  if (gate !== null || paused) {
    return { state: { ...base, status: 'paused', remainingMs: durationMs(step) }, events };
  }
  return { state: { ...base, status: 'running', deadline: now + durationMs(step) }, events };
}

function isActive(s: SessionState): boolean {
  return s.status === 'running' || s.status === 'paused';
}

/** Manually paused (not waiting at a gate): moving to another step keeps it paused. */
function heldByUser(s: SessionState): boolean {
  return s.status === 'paused' && s.awaiting === null;
}

function withEarlier(earlier: readonly SessionEvent[], t: Transition | null): Transition | null {
  return t === null ? null : { state: t.state, events: [...earlier, ...t.events] };
}

export type Command<A extends unknown[] = []> = (
  plan: SessionPlan,
  s: SessionState,
  now: number,
  ...args: A
) => Transition | null;

/** Each command first catches up to `now`; null means "nothing to do", so nothing is committed. */
function command<A extends unknown[]>(
  act: (plan: SessionPlan, s: SessionState, now: number, ...args: A) => Transition | null,
): Command<A> {
  return (plan, s, now, ...args) => {
    const caught = project(plan, s, now);
    return withEarlier(caught.events, act(plan, caught.state, Math.max(now, caught.state.at), ...args));
  };
}

export const start: Command = (plan, s, now) =>
  s.status === 'idle' ? enter(plan, { ...s, startedAt: now }, 0, now, 'start', false) : null;

export const pause = command((_plan, s, now) =>
  s.status === 'running'
    ? { state: { ...s, status: 'paused', at: now, remainingMs: s.deadline - now }, events: [] }
    : null,
);

export const resume = command((_plan, s, now) =>
  heldByUser(s)
    ? { state: { ...s, status: 'running', at: now, deadline: now + s.remainingMs }, events: [] }
    : null,
);

export const confirm = command((plan, s, now, choice?: 'heat' | 'cold') => {
  const step = plan.steps[s.index];
  if (s.status !== 'paused' || s.awaiting === null || step === undefined) return null;
  const picked = choice ?? (step.heatCold === 'heat' || step.heatCold === 'cold' ? step.heatCold : null);
  if (picked === null) return null;
  const running = { status: 'running', awaiting: null, deadline: now + s.remainingMs } as const;
  return { state: { ...s, ...running, at: now, heatCold: picked }, events: [] };
});

export const next = command((plan, s, now) => {
  if (!isActive(s)) return null;
  const outcomes = [...s.outcomes];
  outcomes[s.index] = outcomes[s.index] ?? 'skipped';
  return enter(plan, { ...s, outcomes }, s.index + 1, now, 'next', heldByUser(s));
});

export const back = command((plan, s, now) =>
  isActive(s) ? enter(plan, s, Math.max(0, s.index - 1), now, 'back', heldByUser(s)) : null,
);

export const restartStep = command((plan, s, now) =>
  isActive(s) ? enter(plan, s, s.index, now, 'restart', heldByUser(s)) : null,
);

export const end = command((_plan, s, now) => {
  if (!isActive(s)) return null;
  const remainingMs = s.status === 'running' ? s.deadline - now : s.remainingMs;
  const ended = { status: 'ended', awaiting: null, at: now, endedAt: now, remainingMs } as const;
  return { state: { ...s, ...ended }, events: [{ type: 'ended', at: now }] };
});
