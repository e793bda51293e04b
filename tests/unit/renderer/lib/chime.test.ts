import { describe, expect, it } from 'vitest';
import {
  chimeFor,
  chimeNotes,
  MAX_NOTE_GAIN,
  noteGain,
  type ChimeKind,
} from '../../../../renderer/lib/chime';
import type { SessionEvent } from '../../../../renderer/lib/session';

const KINDS: ChimeKind[] = ['step', 'half', 'finish'];
const step: SessionEvent = { type: 'step-changed', at: 1, stepIndex: 1, stepId: 'chin-tuck', reason: 'auto' };
const side: SessionEvent = { type: 'side-switch', at: 1, stepIndex: 1, stepId: 'neck-side-bend' };
const skin: SessionEvent = { type: 'skin-check', at: 1, stepIndex: 7, stepId: 'heat-or-cold' };

describe('chime loudness', () => {
  it.each([0, -1, Number.NaN, Number.NEGATIVE_INFINITY])('volume %s schedules nothing at all', (volume) => {
    for (const kind of KINDS) expect(chimeNotes(kind, volume)).toEqual([]);
  });

  it('grows with the volume setting and stops growing at 1', () => {
    const gains = [0.1, 0.3, 0.6, 1].map(noteGain);
    expect([...gains].sort((a, b) => a - b)).toEqual(gains);
    expect(new Set(gains).size).toBe(gains.length);
    expect(noteGain(5)).toBe(noteGain(1));
    expect(noteGain(1)).toBe(MAX_NOTE_GAIN);
  });

  it('never clips, even with every note of a chime ringing at once at full volume', () => {
    for (const kind of KINDS) {
      const sum = chimeNotes(kind, 1).reduce((total, note) => total + note.peakGain, 0);
      expect(sum).toBeLessThan(1);
    }
  });
});

describe('chime timing', () => {
  it('every note fades in (no click) and has died away within a few seconds', () => {
    for (const kind of KINDS) {
      for (const note of chimeNotes(kind, 0.6)) {
        expect(note.attackSec).toBeGreaterThan(0);
        expect(note.startSec).toBeGreaterThanOrEqual(0);
        expect(note.startSec + note.attackSec + note.decaySec).toBeLessThan(4);
      }
    }
  });

  it('the half-time cue is two taps, so it can be told from a step change by ear', () => {
    const starts = chimeNotes('half', 0.6).map((n) => n.startSec);
    expect(starts).toHaveLength(2);
    expect(new Set(starts).size).toBe(2);
    expect(new Set(chimeNotes('step', 0.6).map((n) => n.startSec)).size).toBe(1);
  });
});

describe('chimeFor', () => {
  it('rings once per batch, with the most significant sound', () => {
    expect(chimeFor([step])).toBe('step');
    expect(chimeFor([side])).toBe('half');
    expect(chimeFor([skin])).toBe('half');
    expect(chimeFor([side, step, skin])).toBe('step');
    expect(chimeFor([step, { type: 'finished', at: 2 }])).toBe('finish');
  });

  it('stays quiet for nothing, and for ending early', () => {
    expect(chimeFor([])).toBeNull();
    expect(chimeFor([{ type: 'ended', at: 2 }])).toBeNull();
  });
});
