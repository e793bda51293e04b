/**
 * The words and numbers the routine player shows and announces, as pure functions of the
 * session's view and events, so what a screen-reader user hears can be tested without a page.
 */
import type { NamespaceMessages } from '$core/locale/catalogs';
import { formatDuration } from '$core/routine/plan-messages';
import type { BreathPhase, PlannedStep } from '$core/routine/types';
import type { SessionEvent } from './session-types';

/** The routine namespace's messages, in the window's language. */
export type RoutineWords = NamespaceMessages<'routine'>;

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;

/**
 * "4:05". Seconds round up, so the numerals read 0:00 only when the time is really over and a
 * 30-second step opens on 0:30 rather than 0:29.
 */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / SECOND_MS));
  const min = Math.floor(total / 60);
  const sec = total % 60;
  return `${min}:${sec < 10 ? '0' : ''}${sec}`;
}

export function minutesLeftText(minutes: number, t: RoutineWords): string {
  return t.minutesLeft({ minutes });
}

/**
 * Which whole minute (if any) the step's remaining time reached between two readings of the same
 * running step: 2 when it went from above 2:00 to 2:00 or below. After a long gap (a hidden
 * window) only the minute that is current now is named, never a backlog.
 */
export function minuteToAnnounce(previousMs: number, currentMs: number): number | null {
  if (!(currentMs > 0) || !(previousMs > currentMs)) return null;
  const now = Math.ceil(currentMs / MINUTE_MS);
  return Math.ceil(previousMs / MINUTE_MS) > now ? now : null;
}

export function stepPosition(index: number, count: number, t: RoutineWords): string {
  return t.stepPosition({ number: index + 1, count });
}

/** What is announced when a step begins; a gated step says what it is waiting for. */
export function stepMessage(step: PlannedStep, index: number, count: number, t: RoutineWords): string {
  const head = t.stepHead({ position: stepPosition(index, count, t), title: step.title });
  if (step.kind === 'heat-or-cold') {
    return step.heatCold === 'ask' ? t.stepAskHeatCold({ head }) : t.stepReadSafety({ head });
  }
  return t.stepTimed({ head, duration: formatDuration(step.durationSec) });
}

/** The half-time cue in words: the step's own, or a plain default. */
export function halfTimeText(step: PlannedStep, t: RoutineWords): string {
  if (step.halfTimeCue !== null) return step.halfTimeCue;
  return step.kind === 'heat-or-cold' ? t.halfwaySkin() : t.switchSides();
}

/**
 * The messages for a batch of events (usually one; many after a hidden window caught up). Only
 * the latest step change is worth hearing, and only the half-time cue of the step now showing.
 */
export function messagesFor(
  events: readonly SessionEvent[],
  steps: readonly PlannedStep[],
  t: RoutineWords,
): string[] {
  const closing = events.findLast((e) => e.type === 'finished' || e.type === 'ended');
  if (closing !== undefined) return [closing.type === 'finished' ? t.finished() : t.ended()];
  const messages: string[] = [];
  const change = events.findLast((e) => e.type === 'step-changed');
  if (change !== undefined) {
    const step = steps[change.stepIndex];
    if (step !== undefined) messages.push(stepMessage(step, change.stepIndex, steps.length, t));
  }
  const half = events.findLast((e) => e.type === 'side-switch' || e.type === 'skin-check');
  // A half-time cue of a step already left behind would only confuse.
  if (
    half !== undefined &&
    (change === undefined || (half.stepIndex === change.stepIndex && half.at >= change.at))
  ) {
    const step = steps[half.stepIndex];
    if (step !== undefined) messages.push(halfTimeText(step, t));
  }
  return messages;
}

/** The breathing guide's words for each phase. */
export function phaseWord(phase: BreathPhase, t: RoutineWords): string {
  return phase === 'in' ? t.breatheIn() : phase === 'out' ? t.breatheOut() : t.hold();
}

/** Counts up through a phase: 1 at its start, `phaseSec` in its last second. */
export function phaseCount(phaseRemainingMs: number, phaseSec: number): number {
  const left = Math.ceil(phaseRemainingMs / SECOND_MS);
  return Math.min(phaseSec, Math.max(1, phaseSec - left + 1));
}
