import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  mergeWithDefaults,
} from '../../../../../main/core/settings/defaults';
import { readSettingsDocument } from '../../../../../main/core/settings/migrations';
import { DOORWAY_LEAN } from '../routine/own-exercise-fixtures';

const valid = JSON.stringify(DEFAULT_SETTINGS, null, 2);

describe('readSettingsDocument', () => {
  it('reads a valid current document', () => {
    expect(readSettingsDocument(valid)).toEqual({
      ok: true,
      value: { settings: DEFAULT_SETTINGS, migratedFrom: null },
    });
  });

  it('tolerates a byte-order mark and CRLF line ends from hand editing', () => {
    const edited = `\uFEFF${valid.replace(/\n/g, '\r\n')}`;
    expect(readSettingsDocument(edited)).toMatchObject({ ok: true, value: { settings: DEFAULT_SETTINGS } });
  });

  it.each([
    ['empty file', '', 'empty file'],
    ['whitespace only', ' \n\t', 'empty file'],
    ['truncated JSON', valid.slice(0, valid.length / 2), 'not valid JSON (truncated or damaged)'],
    ['not JSON', 'bedtime=22:30', 'not valid JSON (truncated or damaged)'],
    ['NUL bytes (power loss on some file systems)', '\0\0\0\0', 'not valid JSON (truncated or damaged)'],
    ['a JSON array', '[]', 'not a JSON object'],
    ['a JSON string', '"settings"', 'not a JSON object'],
    ['no version', '{"schedule":{}}', 'missing or malformed "version"'],
  ])('%s is corrupt', (_label, text, reason) => {
    expect(readSettingsDocument(text)).toEqual({ ok: false, error: { kind: 'corrupt', reason } });
  });

  it('wrong types are corrupt, with the first issues in the reason', () => {
    const doc = structuredClone(defaultSettings()) as unknown as { schedule: { leadMinutes: unknown } };
    doc.schedule.leadMinutes = 'thirty';
    expect(readSettingsDocument(JSON.stringify(doc))).toEqual({
      ok: false,
      error: {
        kind: 'corrupt',
        reason: 'invalid settings (schedule.leadMinutes: Use a whole number of minutes from 0 to 180)',
      },
    });
  });

  it('a newer version is reported, not treated as corrupt', () => {
    expect(readSettingsDocument(JSON.stringify({ version: 5, something: 'new' }))).toEqual({
      ok: false,
      error: { kind: 'newer', version: 5 },
    });
  });

  it('fills fields missing from an older file with defaults and drops unknown keys', () => {
    const doc = {
      version: 2,
      schedule: { nights: { mon: { enabled: false } }, leadMinutes: 60 },
      general: { theme: 'dark', removedInThisRelease: true },
      alsoUnknown: 1,
    };
    const expected = defaultSettings();
    expected.schedule.nights.mon.enabled = false;
    expected.schedule.leadMinutes = 60;
    expected.general.theme = 'dark';
    expect(readSettingsDocument(JSON.stringify(doc))).toEqual({
      ok: true,
      value: { settings: expected, migratedFrom: null },
    });
  });
});

describe('mergeWithDefaults', () => {
  it('keeps present values, even wrong ones, so validation still sees them', () => {
    expect(mergeWithDefaults({ version: 1, general: { theme: 42 } })).toMatchObject({
      general: { theme: 42, startAtLogin: true, firstRunDone: false },
    });
    expect(mergeWithDefaults({ version: 1, schedule: null })).toMatchObject({ schedule: null });
  });

  it('returns non-objects unchanged', () => {
    for (const value of [null, 'x', 3, [1]]) expect(mergeWithDefaults(value)).toEqual(value);
  });

  it('cannot be steered into the prototype', () => {
    const hostile: unknown = JSON.parse(
      '{"version":1,"__proto__":{"polluted":true},"general":{"__proto__":{"polluted":true}}}',
    );
    const merged = mergeWithDefaults(hostile) as Record<string, unknown>;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(merged)).toEqual(['version', 'schedule', 'reminders', 'routine', 'general']);
  });
});

describe('readSettingsDocument: pictures this version does not have', () => {
  const withOwnStep = (poseId: string | null): string => {
    const doc = defaultSettings();
    doc.routine.ownSteps = [{ id: 'my-doorway-lean', exercise: { ...DOORWAY_LEAN, poseId } }];
    return JSON.stringify(doc);
  };

  it('keeps the exercise and drops only a picture the pose library no longer has', () => {
    const result = readSettingsDocument(withOwnStep('a-pose-from-a-later-release'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.settings.routine.ownSteps).toEqual([
      { id: 'my-doorway-lean', exercise: { ...DOORWAY_LEAN, poseId: null } },
    ]);
  });

  it('keeps a picture the library has', () => {
    const result = readSettingsDocument(withOwnStep('doorway-opener'));
    expect(result.ok && result.value.settings.routine.ownSteps[0]?.exercise.poseId).toBe('doorway-opener');
  });
});
