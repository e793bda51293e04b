import { EN_ROUTINE } from '../../../support/messages';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../main/core/routine/plan';
import { CATALOG } from '../../../../main/core/routine/catalog';
import { pickVoice, spokenCue, spokenPhase, type VoiceInfo } from '../../../../renderer/lib/speech';
import type { SessionEvent } from '../../../../renderer/lib/session';
import { presetSettings } from '../../main/core/routine/plan-helpers';

const steps = buildPlan(presetSettings('full', { heatCold: 'ask' }), CATALOG).steps;
const at = (id: string): number => steps.findIndex((s) => s.id === id);
const changed = (id: string): SessionEvent => ({
  type: 'step-changed',
  at: 1,
  stepIndex: at(id),
  stepId: id,
  reason: 'next',
});

describe('spokenCue', () => {
  it('a new step says its title and first instruction, for someone with eyes closed', () => {
    expect(spokenCue([changed('chin-tuck')], steps, EN_ROUTINE)).toBe(
      'Chin tuck. Sit tall and look straight ahead.',
    );
  });

  it('breathing says its title and the first breath, so the breath is on time', () => {
    expect(spokenCue([changed('paced-breathing')], steps, EN_ROUTINE)).toBe('Slow breathing. Breathe in.');
  });

  it('heat or cold points at the safety notes before anything else', () => {
    expect(spokenCue([changed('heat-or-cold')], steps, EN_ROUTINE)).toBe(
      'Heat or cold on your upper back. Read the safety notes first.',
    );
  });

  it('half time says the step’s own cue', () => {
    const side: SessionEvent = {
      type: 'side-switch',
      at: 2,
      stepIndex: at('cross-body-arm'),
      stepId: 'cross-body-arm',
    };
    expect(spokenCue([side], steps, EN_ROUTINE)).toBe(
      'Switch sides: release slowly and bring the other arm across.',
    );
    const skin: SessionEvent = {
      type: 'skin-check',
      at: 2,
      stepIndex: at('heat-or-cold'),
      stepId: 'heat-or-cold',
    };
    expect(spokenCue([skin], steps, EN_ROUTINE)).toMatch(/check your skin/);
  });

  it('says one thing per batch: the latest', () => {
    expect(spokenCue([changed('chin-tuck'), changed('shoulder-rolls')], steps, EN_ROUTINE)).toMatch(
      /^Shoulder rolls\./,
    );
    expect(spokenCue([changed('good-night'), { type: 'finished', at: 3 }], steps, EN_ROUTINE)).toBe(
      'That is the routine. Good night.',
    );
  });

  it('is silent when the user ended the routine or nothing happened', () => {
    expect(spokenCue([{ type: 'ended', at: 3 }], steps, EN_ROUTINE)).toBeNull();
    expect(spokenCue([], steps, EN_ROUTINE)).toBeNull();
  });

  it('names breathing phases in the same words as the screen', () => {
    expect(spokenPhase('in', EN_ROUTINE)).toBe('Breathe in');
    expect(spokenPhase('hold-out', EN_ROUTINE)).toBe('Hold');
  });
});

describe('pickVoice', () => {
  const voice = (lang: string, flags: Partial<VoiceInfo> = {}): VoiceInfo => ({
    lang,
    default: false,
    localService: false,
    ...flags,
  });

  it('prefers the system default voice when it speaks the page language', () => {
    const chosen = voice('en-GB', { default: true });
    expect(pickVoice([voice('en-US', { localService: true }), chosen], 'en')).toBe(chosen);
  });

  it('otherwise a local voice (works offline), otherwise any voice for the language', () => {
    const local = voice('en_US', { localService: true });
    expect(pickVoice([voice('en-AU'), local, voice('fr-FR', { default: true })], 'en-US')).toBe(local);
    const any = voice('EN-in');
    expect(pickVoice([voice('de-DE', { default: true }), any], 'en')).toBe(any);
  });

  it('gives no voice rather than a wrong-language one, or when there are none', () => {
    expect(pickVoice([voice('fr-FR', { default: true })], 'en')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });
});
