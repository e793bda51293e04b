import { describe, expect, it } from 'vitest';
import {
  MAX_OWN_STEPS,
  OWN_EXERCISE_MESSAGES,
  OWN_STEP_ID_PREFIX,
  ownBounds,
} from '../../../../../../main/core/routine/own-exercise';
import { MAX_CUE_CHARS, MAX_TITLE_CHARS } from '../../../../../../main/core/routine/types';
import { TRANSLATIONS } from './texts';

const KEYS = Object.keys(OWN_EXERCISE_MESSAGES) as (keyof typeof OWN_EXERCISE_MESSAGES)[];

describe.each(TRANSLATIONS.map((t) => [t.language, t] as const))(
  'own-exercise messages in %s',
  (_language, translation) => {
    const m = translation.ownExerciseMessages;

    it('has every message, each a text or a function of the same values as the English, none left in English', () => {
      expect(Object.keys(m).sort()).toEqual([...KEYS].sort());
      for (const key of KEYS) {
        const english = OWN_EXERCISE_MESSAGES[key];
        const message = m[key];
        expect(typeof message, key).toBe(typeof english);
        if (typeof message === 'function' && typeof english === 'function')
          expect(message.length, key).toBe(english.length);
        if (typeof message === 'string') {
          expect(message.trim(), key).not.toBe('');
          expect(message, key).not.toBe(english);
        }
      }
    });

    it('states the same bounds as the English, taken from where the rules keep them', () => {
      expect(m.title).toContain(String(MAX_TITLE_CHARS));
      expect(m.cue).toContain(String(MAX_CUE_CHARS));
      expect(m.switchCue).toContain(String(MAX_CUE_CHARS));
      expect(m.tooMany).toContain(String(MAX_OWN_STEPS));
      expect(m.id).toContain(OWN_STEP_ID_PREFIX);
      for (const twoSided of [true, false]) {
        const { min, max } = ownBounds(twoSided);
        expect(m.duration(twoSided)).toContain(String(min));
        expect(m.duration(twoSided)).toContain(String(max));
      }
      expect(m.duration(true)).not.toBe(m.duration(false));
    });

    it('names the value it is about', () => {
      expect(m.unknownKey('zqxKey')).toContain('zqxKey');
      expect(m.duplicateId('my-zqx')).toContain('my-zqx');
      expect(m.duplicateTitle('Zqx angel')).toContain('Zqx angel');
    });

    it('lists every body area by its glossary label', () => {
      for (const label of Object.values(translation.terms.bodyAreas)) {
        expect(m.bodyArea.toLowerCase()).toContain(label.toLowerCase());
      }
    });
  },
);
