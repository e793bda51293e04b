/**
 * The chime as numbers: which chime an event batch calls for and the notes that make it. Pure,
 * so the sound's timing and loudness are tested here; the Web Audio calls live in
 * renderer/state/routine-sound.ts.
 */
import type { SessionEvent } from './session-types';

export type ChimeKind = 'step' | 'half' | 'finish';

/** One sine note, relative to the moment the chime is played. */
export interface ChimeNote {
  readonly frequency: number;
  readonly startSec: number;
  readonly attackSec: number;
  readonly decaySec: number;
  readonly peakGain: number;
}

/**
 * The loudest a single note may be at full volume. Low on purpose: it is bedtime, and several
 * notes ringing together must still stay far from clipping (their sum is below 1).
 */
export const MAX_NOTE_GAIN = 0.22;

/** Setting 0-1 to gain. Squared, because loudness is heard roughly logarithmically. */
export function noteGain(volume: number): number {
  if (!Number.isFinite(volume) || volume <= 0) return 0;
  const v = Math.min(1, volume);
  return MAX_NOTE_GAIN * v * v;
}

interface Tone {
  readonly frequency: number;
  readonly startSec: number;
  readonly decaySec: number;
  /** Relative to the chime's loudness. */
  readonly level: number;
}

// A soft bell: a fundamental with a quieter octave; the half-time cue is two light taps so it is
// told apart from a step change without looking; the end falls gently, like a lullaby.
const TONES: Readonly<Record<ChimeKind, readonly Tone[]>> = {
  step: [
    { frequency: 523.25, startSec: 0, decaySec: 1.6, level: 1 },
    { frequency: 1046.5, startSec: 0, decaySec: 0.9, level: 0.25 },
  ],
  half: [
    { frequency: 659.25, startSec: 0, decaySec: 0.7, level: 0.8 },
    { frequency: 659.25, startSec: 0.35, decaySec: 0.9, level: 0.8 },
  ],
  finish: [
    { frequency: 783.99, startSec: 0, decaySec: 1.2, level: 0.8 },
    { frequency: 659.25, startSec: 0.45, decaySec: 1.2, level: 0.8 },
    { frequency: 523.25, startSec: 0.9, decaySec: 2.2, level: 1 },
  ],
};

/** A short attack avoids the click a note starting at full level would make. */
export const ATTACK_SEC = 0.02;

/** The notes of a chime; none at volume 0 (silent means nothing is scheduled at all). */
export function chimeNotes(kind: ChimeKind, volume: number): ChimeNote[] {
  const gain = noteGain(volume);
  if (gain === 0) return [];
  return TONES[kind].map((tone) => ({
    frequency: tone.frequency,
    startSec: tone.startSec,
    attackSec: ATTACK_SEC,
    decaySec: tone.decaySec,
    peakGain: gain * tone.level,
  }));
}

/**
 * One chime for a batch of events: several events at once (a window that was hidden) ring once,
 * with the most significant sound.
 */
export function chimeFor(events: readonly SessionEvent[]): ChimeKind | null {
  if (events.some((e) => e.type === 'finished')) return 'finish';
  if (events.some((e) => e.type === 'step-changed')) return 'step';
  if (events.some((e) => e.type === 'side-switch' || e.type === 'skin-check')) return 'half';
  return null;
}
