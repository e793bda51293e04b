import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../main/core/settings/defaults';
import { SETTINGS_MESSAGES as M } from '../../../main/core/settings/schema';
import { patchSettings } from '../../support/settings-patch';

describe('a settings change: the patch checked at the IPC boundary, merged by applyPatch, checked again by the store', () => {
  it('changes only what the patch names, deep inside groups', () => {
    const result = patchSettings(DEFAULT_SETTINGS, {
      schedule: { nights: { tue: { bedtime: '21:45' } } },
      reminders: { morningCheckIn: { enabled: false } },
    });
    const expected = defaultSettings();
    expected.schedule.nights.tue.bedtime = '21:45';
    expected.reminders.morningCheckIn.enabled = false;
    expect(result).toEqual({ ok: true, value: expected });
  });

  it('replaces the steps list whole', () => {
    const current = defaultSettings();
    current.routine.steps = [
      { id: 'a', enabled: true, durationSec: 30 },
      { id: 'b', enabled: true, durationSec: 30 },
    ];
    const result = patchSettings(current, {
      routine: { steps: [{ id: 'c', enabled: false, durationSec: 60 }] },
    });
    expect(result.ok && result.value.routine.steps).toEqual([{ id: 'c', enabled: false, durationSec: 60 }]);
  });

  it('an empty patch returns equal settings', () => {
    expect(patchSettings(DEFAULT_SETTINGS, {})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('never modifies the current settings', () => {
    const current = defaultSettings();
    const before = structuredClone(current);
    patchSettings(current, { schedule: { leadMinutes: 45 }, general: { theme: 'dark' } });
    patchSettings(current, { schedule: { leadMinutes: 999 } });
    expect(current).toEqual(before);
  });

  it.each([
    [{ sneaky: true }, 'sneaky'],
    [{ general: { admin: true } }, 'general.admin'],
    [{ schedule: { nights: { holiday: { enabled: true } } } }, 'schedule.nights.holiday'],
    [{ schedule: { nights: { mon: { bedtime: '22:00', alarm: 'loud' } } } }, 'schedule.nights.mon.alarm'],
    [{ reminders: { morningCheckIn: { sound: 'x' } } }, 'reminders.morningCheckIn.sound'],
    [{ routine: { steps: [{ id: 'a', enabled: true, durationSec: 30, x: 1 }] } }, 'routine.steps.0.x'],
  ])('rejects an unknown key anywhere: %j', (patch, path) => {
    const key = path.split('.').at(-1) ?? '';
    expect(patchSettings(DEFAULT_SETTINGS, patch)).toEqual({
      ok: false,
      error: [{ path, message: M.unknownKey(key) }],
    });
  });

  it('rejects a patch that tries to change the version', () => {
    expect(patchSettings(DEFAULT_SETTINGS, { version: 1 })).toEqual({
      ok: false,
      error: [{ path: 'version', message: M.unknownKey('version') }],
    });
  });

  it('reports invalid values with the field message and path', () => {
    expect(patchSettings(DEFAULT_SETTINGS, { schedule: { nights: { sat: { bedtime: '25:00' } } } })).toEqual({
      ok: false,
      error: [{ path: 'schedule.nights.sat.bedtime', message: 'Use a time like 22:30' }],
    });
  });

  it('rejects groups of the wrong type (null, arrays, strings)', () => {
    for (const bad of [null, [], 'dark']) {
      expect(patchSettings(DEFAULT_SETTINGS, { general: bad })).toEqual({
        ok: false,
        error: [{ path: 'general', message: M.group }],
      });
    }
  });

  it('rejects a non-object patch', () => {
    for (const bad of [null, undefined, 'x', 1, [], [{}]]) {
      expect(patchSettings(DEFAULT_SETTINGS, bad)).toEqual({
        ok: false,
        error: [{ path: '', message: M.patch }],
      });
    }
  });

  it('treats an explicitly undefined value as "no change"', () => {
    expect(patchSettings(DEFAULT_SETTINGS, { schedule: { leadMinutes: undefined } })).toEqual({
      ok: true,
      value: DEFAULT_SETTINGS,
    });
  });

  it('validates the merged result, e.g. when current itself is invalid', () => {
    const broken = { ...defaultSettings(), version: 7 } as unknown as typeof DEFAULT_SETTINGS;
    expect(patchSettings(broken, {})).toEqual({
      ok: false,
      error: [{ path: 'version', message: M.version }],
    });
  });
});
