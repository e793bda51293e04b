/**
 * The session engine's public shapes. The engine is pure: it never reads the time itself except
 * through the clock passed to createSession, and every query takes `now`.
 */
import type { PlannedStep, PresetId } from '$core/routine/types';
import type { BreathingPhaseView } from './breathing';

export type SessionStatus = 'idle' | 'running' | 'paused' | 'finished' | 'ended';

/** What the session is waiting for before a step's timer may start. */
export type Awaiting =
  /** Heat or cold with heat/cold chosen: the safety notes must be read and confirmed. */
  | 'safety-check'
  /** Heat or cold set to 'ask': confirm with a choice of heat or cold (next() skips it). */
  | 'heat-cold-choice';

export interface SessionPlan {
  readonly preset: PresetId;
  readonly steps: readonly PlannedStep[];
}

export interface SessionClock {
  now(): number;
}

export interface SessionView {
  readonly status: SessionStatus;
  /** Equals steps.length once finished (past the last step). */
  readonly stepIndex: number;
  readonly step: PlannedStep | null;
  readonly stepRemainingMs: number;
  readonly stepElapsedMs: number;
  readonly totalRemainingMs: number;
  /** Steps with a half-time cue (two-sided, heat or cold): elapsed >= half. False otherwise. */
  readonly pastHalfway: boolean;
  /** Two-sided steps only: pastHalfway. */
  readonly sideSwitched: boolean;
  readonly side: 'first' | 'second' | null;
  /** Breathing steps only. */
  readonly breathing: BreathingPhaseView | null;
  /** Non-null while a gated step waits to start (status is then 'paused'). */
  readonly awaiting: Awaiting | null;
  /** What the user picked for heat or cold in this session, if anything. */
  readonly heatCold: 'heat' | 'cold' | null;
}

export type StepChangeReason = 'start' | 'auto' | 'next' | 'back' | 'restart';

/** Every event has the instant it happened (`at`), which for automatic ones is exact. */
export type SessionEvent =
  | {
      readonly type: 'step-changed';
      readonly at: number;
      readonly stepIndex: number;
      readonly stepId: string;
      readonly reason: StepChangeReason;
    }
  | { readonly type: 'side-switch'; readonly at: number; readonly stepIndex: number; readonly stepId: string }
  | { readonly type: 'skin-check'; readonly at: number; readonly stepIndex: number; readonly stepId: string }
  | { readonly type: 'finished'; readonly at: number }
  | { readonly type: 'ended'; readonly at: number };

export interface SessionSummary {
  readonly startedAt: number;
  /** When it finished or was ended; `now` while still in progress (completed is then false). */
  readonly endedAt: number;
  readonly preset: PresetId;
  /** Steps whose timer ran out, in plan order. */
  readonly stepsDone: string[];
  /** Steps left early with next() and never completed, in plan order. */
  readonly stepsSkipped: string[];
  readonly ratingBefore?: number;
  readonly ratingAfter?: number;
  /** Which of heat or cold was used, so history can compare them (the article: keep the better). */
  readonly heatCold?: 'heat' | 'cold';
  /** True when the routine reached its end (not ended early). */
  readonly completed: boolean;
}

export interface Session {
  readonly plan: SessionPlan;
  /** Commands act at clock.now() and return whether they changed anything. */
  start(): boolean;
  pause(): boolean;
  resume(): boolean;
  /** Starts a step waiting on `awaiting`; a 'heat-cold-choice' needs the choice. */
  confirm(choice?: 'heat' | 'cold'): boolean;
  /** Leaves the current step early (it counts as skipped); past the last step, finishes. */
  next(): boolean;
  /** Goes to the start of the previous step (or of the first step). */
  back(): boolean;
  restartStep(): boolean;
  end(): boolean;
  /** 0-10 whole numbers; null clears. False (and no change) for anything else. */
  setRatingBefore(value: number | null): boolean;
  setRatingAfter(value: number | null): boolean;
  /**
   * Pure queries, correct for any `now` at or after the last command (an earlier `now` is read
   * as the instant of the last command: history before it is not replayed).
   */
  view(now: number): SessionView;
  /** The next instant something visible changes, or null when nothing will until a command. */
  nextBoundary(now: number): number | null;
  /**
   * Events with since < at <= now, oldest first. Typical use: on each timer (armed for
   * nextBoundary) call events(lastNow, now), then remember now as lastNow.
   */
  events(since: number, now: number): SessionEvent[];
  /** Null until started. */
  summary(now: number): SessionSummary | null;
}
