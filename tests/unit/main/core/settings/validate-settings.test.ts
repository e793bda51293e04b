import { describe, expect, it } from 'vitest';
import { NIGHT_KEYS } from '../../../../../main/core/settings/vocabulary';
import { DEFAULT_SETTINGS } from '../../../../../main/core/settings/defaults';
import {
  SETTINGS_MESSAGES as M,
  bedtimeSchema,
  chimeVolumeSchema,
  settingError,
  validateSettings,
  type Settings,
} from '../../../../../main/core/settings/schema';
import { withValueAt } from '../../../../support/settings-arbitrary';

function check(path: string, value: unknown) {
  return validateSettings(withValueAt(DEFAULT_SETTINGS, path, value));
}

function expectOnlyIssue(path: string, value: unknown, message: string): void {
  expect(check(path, value)).toEqual({ ok: false, error: [{ path, message }] });
}

function expectAccepted(path: string, value: unknown): void {
  const result = check(path, value);
  expect(result.ok).toBe(true);
  if (result.ok) expect(readAt(result.value, path)).toEqual(value);
}

function readAt(settings: Settings, path: string): unknown {
  let node: unknown = settings;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node;
}

/** [path, lowest valid, highest valid, message] for every whole-number setting. */
const WHOLE_NUMBERS: Array<[string, number, number, string]> = [
  ['schedule.leadMinutes', 0, 180, M.leadMinutes],
  ['reminders.snoozeMinutes', 5, 60, M.snoozeMinutes],
  ['reminders.lateWindowMinutes', 0, 240, M.lateWindowMinutes],
  ['reminders.headsUp.minutes', 5, 60, M.headsUpMinutes],
  ['routine.breathingSec', 60, 600, M.breathingSec],
];

describe('validateSettings', () => {
  it('accepts the defaults and returns an equal, separate object', () => {
    const result = validateSettings(DEFAULT_SETTINGS);
    expect(result).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    if (result.ok) expect(result.value).not.toBe(DEFAULT_SETTINGS);
  });

  it.each(WHOLE_NUMBERS)(
    '%s: accepts %i..%i, rejects just outside, fractions and strings',
    (path, min, max, message) => {
      expectAccepted(path, min);
      expectAccepted(path, max);
      for (const bad of [min - 1, max + 1, min + 0.5, String(min), Number.NaN, Infinity, null]) {
        expectOnlyIssue(path, bad, message);
      }
    },
  );

  it.each(NIGHT_KEYS)('schedule.nights.%s.bedtime accepts 00:00 and 23:59, rejects near misses', (day) => {
    const path = `schedule.nights.${day}.bedtime`;
    expectAccepted(path, '00:00');
    expectAccepted(path, '23:59');
    for (const bad of ['24:00', '23:60', '7:30', '22:30:00', '2230', ' 22:30', '', 2230, null]) {
      expectOnlyIssue(path, bad, 'Use a time like 22:30');
    }
  });

  it.each(NIGHT_KEYS)('schedule.nights.%s.enabled must be a boolean', (day) => {
    const path = `schedule.nights.${day}.enabled`;
    expectAccepted(path, false);
    expectOnlyIssue(path, 'true', M.nightEnabled);
  });

  it('morning check-in time and switch', () => {
    expectAccepted('reminders.morningCheckIn.time', '00:00');
    expectAccepted('reminders.morningCheckIn.time', '23:59');
    for (const bad of ['24:00', '8:00', 800]) {
      expectOnlyIssue('reminders.morningCheckIn.time', bad, 'Use a time like 08:00');
    }
    expectAccepted('reminders.morningCheckIn.enabled', false);
    expectOnlyIssue('reminders.morningCheckIn.enabled', 1, M.morningEnabled);
  });

  it.each([
    ['routine.preset', ['quick', 'standard', 'full'], ['Quick', 'long', ''], M.preset],
    ['routine.heatCold', ['heat', 'cold', 'ask', 'skip'], ['warm', 'HEAT'], M.heatCold],
    ['routine.breathingPattern', ['relaxed', '4-7-8', 'box'], ['478', 'square'], M.breathingPattern],
    ['general.theme', ['system', 'dark', 'light'], ['Dark', 'auto'], M.theme],
  ] as const)('%s accepts exactly its choices', (path, good, bad, message) => {
    for (const value of good) expectAccepted(path, value);
    for (const value of [...bad, null, 0]) expectOnlyIssue(path, value, message);
  });

  it('routine.chimeVolume accepts 0..1 including fractions', () => {
    for (const value of [0, 0.25, 1]) expectAccepted('routine.chimeVolume', value);
    for (const bad of [-0.01, 1.01, '0.5', Number.NaN, null]) {
      expectOnlyIssue('routine.chimeVolume', bad, M.chimeVolume);
    }
  });

  it.each([
    ['routine.spokenCues', M.spokenCues],
    ['general.startAtLogin', M.startAtLogin],
    ['general.firstRunDone', M.firstRunDone],
  ])('%s must be a boolean', (path, message) => {
    expectAccepted(path, true);
    expectAccepted(path, false);
    expectOnlyIssue(path, 'false', message);
  });

  describe('routine.steps', () => {
    const step = (id: string, durationSec = 60) => ({ id, enabled: true, durationSec });

    it('accepts an empty list and 30 distinct steps, rejects 31', () => {
      expectAccepted('routine.steps', []);
      const thirty = Array.from({ length: 30 }, (_, i) => step(`step-${i}`));
      expectAccepted('routine.steps', thirty);
      expectOnlyIssue('routine.steps', [...thirty, step('step-30')], 'Use at most 30 steps');
    });

    it('rejects a repeated id, naming it', () => {
      expectOnlyIssue(
        'routine.steps',
        [step('neck-roll'), step('doorway'), step('neck-roll')],
        'The step "neck-roll" appears more than once',
      );
    });

    it('step ids: 1..40 of [a-z0-9-]', () => {
      expectAccepted('routine.steps', [step('a'), step('x'.repeat(40)), step('4-7-8-breath')]);
      for (const bad of ['', 'x'.repeat(41), 'Neck', 'neck_roll', 'neck roll', 'é', 7]) {
        expect(check('routine.steps', [step('ok'), { ...step('ok2'), id: bad }])).toEqual({
          ok: false,
          error: [{ path: 'routine.steps.1.id', message: M.stepId }],
        });
      }
    });

    it('step duration: whole seconds 10..1200', () => {
      expectAccepted('routine.steps', [step('a', 10), step('b', 1200)]);
      for (const bad of [9, 1201, 30.5, '60']) {
        const result = check('routine.steps', [step('a', bad as number)]);
        expect(result).toEqual({
          ok: false,
          error: [{ path: 'routine.steps.0.durationSec', message: M.stepDuration }],
        });
      }
    });

    it('a step needs every field and no others', () => {
      expect(check('routine.steps', [{ id: 'a', enabled: true }])).toEqual({
        ok: false,
        error: [{ path: 'routine.steps.0.durationSec', message: M.stepDuration }],
      });
      expect(check('routine.steps', [{ ...step('a'), colour: 'red' }])).toEqual({
        ok: false,
        error: [{ path: 'routine.steps.0.colour', message: '"colour" is not a setting Unknot knows' }],
      });
      expectOnlyIssue('routine.steps', 'neck-roll', M.steps);
    });
  });

  describe('structure', () => {
    it('rejects unknown keys at every level, naming them', () => {
      for (const path of [
        'extra',
        'schedule.extra',
        'schedule.nights.extra',
        'schedule.nights.mon.extra',
        'reminders.morningCheckIn.extra',
        'routine.extra',
        'general.extra',
      ]) {
        expectOnlyIssue(path, true, '"extra" is not a setting Unknot knows');
      }
    });

    it('reports a missing field with its own message, a missing group generically', () => {
      const doc = structuredClone(DEFAULT_SETTINGS) as unknown as { schedule: Record<string, unknown> };
      delete doc.schedule['leadMinutes'];
      expect(validateSettings(doc)).toEqual({
        ok: false,
        error: [{ path: 'schedule.leadMinutes', message: M.leadMinutes }],
      });
      const noGeneral = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
      delete noGeneral['general'];
      expect(validateSettings(noGeneral)).toEqual({
        ok: false,
        error: [{ path: 'general', message: M.missing }],
      });
    });

    it('a group of the wrong type', () => {
      expectOnlyIssue('reminders', [], M.group);
      expectOnlyIssue('reminders', 'often', M.group);
      expectOnlyIssue('schedule.nights.fri', '23:30', M.group);
    });

    it('the whole document must be an object with the current version', () => {
      for (const input of [null, undefined, 'settings', 42, []]) {
        expect(validateSettings(input)).toEqual({ ok: false, error: [{ path: '', message: M.group }] });
      }
      expectOnlyIssue('version', 1, M.version);
      expectOnlyIssue('version', 3, M.version);
      expectOnlyIssue('version', '2', M.version);
    });

    it('reports every bad field at once, one message each', () => {
      const doc = withValueAt(
        withValueAt(DEFAULT_SETTINGS, 'schedule.leadMinutes', -5.5) as Settings,
        'general.theme',
        'blue',
      );
      expect(validateSettings(doc)).toEqual({
        ok: false,
        error: [
          { path: 'schedule.leadMinutes', message: M.leadMinutes },
          { path: 'general.theme', message: M.theme },
        ],
      });
    });
  });
});

describe('settingError (one field, for the form)', () => {
  it('gives the message to show, or null', () => {
    expect(settingError(bedtimeSchema, '22:30')).toBeNull();
    expect(settingError(bedtimeSchema, '10pm')).toBe('Use a time like 22:30');
    expect(settingError(chimeVolumeSchema, 2)).toBe('Use a volume from 0 to 1');
  });
});
