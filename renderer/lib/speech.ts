/**
 * What the optional spoken cues say, as pure functions. The speechSynthesis calls live in
 * renderer/state/routine-sound.ts; this decides the words and picks a voice.
 */
import type { BreathPhase, PlannedStep } from '$core/routine/types';
import { halfTimeText, phaseWord, type RoutineWords } from './announce';
import type { SessionEvent } from './session-types';

/** Voices as speechSynthesis lists them; only what the choice needs. */
export interface VoiceInfo {
  readonly lang: string;
  readonly default: boolean;
  readonly localService: boolean;
}

/**
 * The one thing to say for a batch of events (speaking a backlog aloud would talk over itself).
 * Step changes say the title and first cue, so someone lying down with eyes closed can follow;
 * breathing says its title and the first breath.
 */
export function spokenCue(
  events: readonly SessionEvent[],
  steps: readonly PlannedStep[],
  t: RoutineWords,
): string | null {
  const last = events.findLast((e) => e.type !== 'ended');
  if (last === undefined) return null;
  if (last.type === 'finished') return t.spokenFinished();
  const step = steps[last.stepIndex];
  if (step === undefined) return null;
  if (last.type !== 'step-changed') return halfTimeText(step, t);
  if (step.kind === 'heat-or-cold') return t.spokenSafetyFirst({ title: step.title });
  // Short, so the first breath is said on time; the phase words carry the step from here.
  const breath = step.breathing?.phases[0];
  if (breath !== undefined) return t.spokenBreath({ title: step.title, phase: phaseWord(breath.phase, t) });
  const first = step.cues[0];
  return first === undefined
    ? t.spokenTitle({ title: step.title })
    : t.spokenTitleAndCue({ title: step.title, cue: first });
}

/** The breathing guide's phase, said aloud at each change. */
export function spokenPhase(phase: BreathPhase, t: RoutineWords): string {
  return phaseWord(phase, t);
}

/**
 * A voice for the page's language: the system default if it speaks it, else a local voice (works
 * offline), else any; null when none speaks the language, so cues stay silent rather than wrong.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | null {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const matching = voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base);
  return matching.find((v) => v.default) ?? matching.find((v) => v.localService) ?? matching[0] ?? null;
}
