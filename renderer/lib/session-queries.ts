/**
 * Read-only questions about a session state at an instant. All derive from absolute deadlines
 * (remaining = deadline - now), so asking rarely or late never makes the answer drift.
 */
import { breathingPhase } from './breathing';
import { durationMs, halfTimeEvent, project, type SessionState } from './session-machine';
import type { SessionPlan, SessionSummary, SessionView } from './session-types';

const MINUTE_MS = 60_000;

export function viewAt(plan: SessionPlan, state: SessionState, now: number): SessionView {
  const s = project(plan, state, now).state;
  const t = Math.max(now, s.at);
  const step = s.status === 'finished' ? null : (plan.steps[s.index] ?? null);
  const length = step === null ? 0 : durationMs(step);
  const remaining =
    s.status === 'running'
      ? s.deadline - t
      : s.status === 'idle'
        ? length
        : step === null
          ? 0
          : s.remainingMs;
  const elapsed = length - remaining;
  const later = plan.steps.slice(s.index + 1).reduce((sum, later) => sum + durationMs(later), 0);
  const pastHalfway = step !== null && halfTimeEvent(step) !== null && elapsed >= length / 2;
  const twoSided = step?.twoSided === true;
  return {
    status: s.status,
    stepIndex: s.index,
    step,
    stepRemainingMs: remaining,
    stepElapsedMs: elapsed,
    totalRemainingMs: step === null ? 0 : remaining + later,
    pastHalfway,
    sideSwitched: twoSided && pastHalfway,
    side: twoSided ? (pastHalfway ? 'second' : 'first') : null,
    breathing: step?.breathing ? breathingPhase(step.breathing, elapsed) : null,
    awaiting: s.awaiting,
    heatCold: s.heatCold,
  };
}

/**
 * The next instant after `now` at which something changes: the step's end, its half-time cue, a
 * breathing phase change, or a whole minute of the step's remaining time (for announcements).
 * The UI arms one timer for it instead of polling. Null while nothing moves on its own.
 */
export function nextBoundaryAt(plan: SessionPlan, state: SessionState, now: number): number | null {
  const s = project(plan, state, now).state;
  const step = plan.steps[s.index];
  if (s.status !== 'running' || step === undefined) return null;
  const t = Math.max(now, s.at);
  const length = durationMs(step);
  const candidates = [s.deadline];
  const halfAt = s.deadline - length / 2;
  if (halfTimeEvent(step) !== null && halfAt > t) candidates.push(halfAt);
  if (step.breathing !== null) {
    candidates.push(t + breathingPhase(step.breathing, length - (s.deadline - t)).phaseRemainingMs);
  }
  // The largest whole number of minutes still strictly ahead of the deadline, after now.
  const minutesLeft = Math.ceil((s.deadline - t) / MINUTE_MS) - 1;
  if (minutesLeft >= 1) candidates.push(s.deadline - minutesLeft * MINUTE_MS);
  return Math.min(...candidates);
}

export function summaryAt(plan: SessionPlan, state: SessionState, now: number): SessionSummary | null {
  const s = project(plan, state, now).state;
  if (s.startedAt === null) return null;
  const idsWith = (outcome: string): string[] =>
    plan.steps.filter((_, i) => s.outcomes[i] === outcome).map((step) => step.id);
  return {
    startedAt: s.startedAt,
    endedAt: s.endedAt ?? Math.max(now, s.at),
    preset: plan.preset,
    stepsDone: idsWith('done'),
    stepsSkipped: idsWith('skipped'),
    ...(s.ratingBefore === null ? {} : { ratingBefore: s.ratingBefore }),
    ...(s.ratingAfter === null ? {} : { ratingAfter: s.ratingAfter }),
    ...(s.heatCold === null ? {} : { heatCold: s.heatCold }),
    completed: s.status === 'finished',
  };
}

export function isRating(value: number | null): boolean {
  return value === null || (Number.isInteger(value) && value >= 0 && value <= 10);
}
