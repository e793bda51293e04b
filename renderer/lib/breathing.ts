/**
 * Where in the breathing pattern a given instant falls. Pure arithmetic on elapsed time, so the
 * guide is right at any instant however rarely it is asked (a hidden window, a slow frame).
 */
import type { BreathingPattern, BreathPhase } from '$core/routine/types';

export interface BreathingPhaseView {
  readonly phase: BreathPhase;
  readonly phaseRemainingMs: number;
  /** 0 at the start of the phase, approaching 1 at its end. */
  readonly phaseProgress: number;
  /** 0-based index of the current cycle (the UI shows cycle + 1). */
  readonly cycle: number;
}

export function breathingPhase(pattern: BreathingPattern, elapsedMs: number): BreathingPhaseView {
  const phases = pattern.phases.filter((p) => p.sec > 0);
  const cycleMs = phases.reduce((sum, p) => sum + p.sec * 1000, 0);
  const first = phases[0];
  if (first === undefined || cycleMs <= 0) {
    // A pattern with no timed phase cannot be paced; show a calm, never-ending breath in.
    return { phase: 'in', phaseRemainingMs: Infinity, phaseProgress: 0, cycle: 0 };
  }
  // Before the step starts (or for nonsense input) the guide sits at the very beginning.
  const elapsed = Number.isFinite(elapsedMs) && elapsedMs > 0 ? elapsedMs : 0;
  const cycle = Math.floor(elapsed / cycleMs);
  const within = elapsed - cycle * cycleMs;
  let start = 0;
  for (const { phase, sec } of phases) {
    const length = sec * 1000;
    if (within < start + length) {
      return {
        phase,
        phaseRemainingMs: start + length - within,
        phaseProgress: (within - start) / length,
        cycle,
      };
    }
    start += length;
  }
  // Only reachable through floating-point rounding at the very end of a cycle.
  return { phase: first.phase, phaseRemainingMs: first.sec * 1000, phaseProgress: 0, cycle: cycle + 1 };
}
