/**
 * The routine's sounds: Web Audio chimes (synthesised, no files) and optional spoken cues. The
 * audio context is made on the first user gesture (Start), because browsers keep a context made
 * earlier suspended. Everything fails quietly: a missing sound must never stop the routine.
 */
import { chimeNotes, type ChimeKind } from '../lib/chime';
import { pickVoice } from '../lib/speech';

export interface RoutineCues {
  /** Call from a user gesture: creates (or wakes) the audio context. */
  unlock(): void;
  chime(kind: ChimeKind): void;
  /** `interrupt`: cut off whatever is still being said (a new step); else queue behind it. */
  say(text: string, interrupt?: boolean): void;
  configure(options: { chimeVolume: number; spokenCues: boolean }): void;
  dispose(): void;
}

export function createRoutineCues(): RoutineCues {
  let context: AudioContext | null = null;
  let volume = 0;
  let spoken = false;
  let unlocking = false;
  // A chime asked for while the audio context is still being created (the start's chime).
  let pending: ChimeKind | null = null;

  const chime = (kind: ChimeKind): void => {
    const notes = chimeNotes(kind, volume);
    if (context === null && unlocking) pending = kind;
    if (context === null || notes.length === 0) return;
    try {
      const t0 = context.currentTime + 0.01;
      for (const note of notes) {
        const osc = context.createOscillator();
        const env = context.createGain();
        const start = t0 + note.startSec;
        osc.type = 'sine';
        osc.frequency.value = note.frequency;
        // Exponential ramps cannot reach 0, so the envelope starts and ends just above it.
        env.gain.setValueAtTime(0.0001, start);
        env.gain.exponentialRampToValueAtTime(note.peakGain, start + note.attackSec);
        env.gain.exponentialRampToValueAtTime(0.0001, start + note.attackSec + note.decaySec);
        osc.connect(env).connect(context.destination);
        osc.start(start);
        osc.stop(start + note.attackSec + note.decaySec + 0.05);
      }
    } catch {
      // A broken audio device is not worth interrupting a bedtime routine for.
    }
  };

  const say = (text: string, interrupt = true): void => {
    if (!spoken || typeof speechSynthesis === 'undefined') return;
    const voice = pickVoice(speechSynthesis.getVoices(), document.documentElement.lang || 'en');
    // No voice for the language: stay silent, the words are on screen anyway.
    if (voice === null) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    // A new step's cue replaces an unfinished one; a breath word waits so it cuts nothing short.
    if (interrupt) speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
  };

  return {
    unlock() {
      if (volume <= 0 || context !== null || unlocking) return;
      unlocking = true;
      // Creating an AudioContext can block for tens of milliseconds: let the first step paint
      // first. The click's user activation is still valid a frame later, as autoplay rules want.
      requestAnimationFrame(() =>
        setTimeout(() => {
          unlocking = false;
          try {
            context = new AudioContext();
            if (context.state === 'suspended') void context.resume().catch(() => undefined);
          } catch {
            context = null;
          }
          const waiting = pending;
          pending = null;
          if (waiting !== null) chime(waiting);
        }, 0),
      );
    },
    chime,
    say,
    configure(options) {
      volume = options.chimeVolume;
      spoken = options.spokenCues;
    },
    dispose() {
      if (typeof speechSynthesis !== 'undefined' && spoken) speechSynthesis.cancel();
      void context?.close().catch(() => undefined);
      context = null;
    },
  };
}
