import { describe, expect, it } from 'vitest';
import {
  SETTINGS_VERSION,
  migrateSettings,
  migrations,
  readSettingsDocument,
  type SettingsMigration,
} from '../../../main/core/settings/migrations';
import { defaultSettings } from '../../../main/core/settings/defaults';

describe('settings migrations', () => {
  it('has a step from every older version up to the current one', () => {
    expect(SETTINGS_VERSION).toBe(1);
    expect(migrations.map((m) => m.from)).toEqual([0]);
  });

  it('v0 -> v1: one bedtime for every night, lead -> leadMinutes, snooze, preset, startAtLogin', () => {
    const v0 = {
      version: 0,
      bedtime: '23:05',
      lead: 15,
      snooze: 20,
      preset: 'quick',
      startAtLogin: false,
      legacyFlag: 1,
    };
    const result = readSettingsDocument(JSON.stringify(v0));
    const expected = defaultSettings();
    for (const night of Object.values(expected.schedule.nights)) {
      night.bedtime = '23:05';
      night.enabled = true;
    }
    expected.schedule.leadMinutes = 15;
    expected.reminders.snoozeMinutes = 20;
    expected.routine.preset = 'quick';
    expected.general.startAtLogin = false;
    // someone with a v0 file has already used the app
    expected.general.firstRunDone = true;
    expect(result).toEqual({ ok: true, value: { settings: expected, migratedFrom: 0 } });
  });

  it('v0 with only some fields: the rest comes from the defaults', () => {
    const result = readSettingsDocument(JSON.stringify({ version: 0, lead: 45 }));
    const expected = defaultSettings();
    expected.schedule.leadMinutes = 45;
    expected.general.firstRunDone = true;
    expect(result).toEqual({ ok: true, value: { settings: expected, migratedFrom: 0 } });
  });

  it('v0 with a bad value is caught by validation after migrating', () => {
    const result = readSettingsDocument(JSON.stringify({ version: 0, bedtime: '10pm', lead: 30 }));
    expect(result.ok === false && result.error.kind).toBe('corrupt');
    expect(result.ok === false && result.error.kind === 'corrupt' && result.error.reason).toContain(
      'schedule.nights.mon.bedtime: Use a time like 22:30',
    );
  });

  it('a current document needs no migration', () => {
    expect(migrateSettings(defaultSettings())).toEqual({
      ok: true,
      value: { doc: defaultSettings(), from: 1 },
    });
  });

  it('reports a newer document instead of touching it', () => {
    expect(migrateSettings({ version: 2, anything: true })).toEqual({
      ok: false,
      error: { kind: 'newer', version: 2 },
    });
  });

  it.each([
    [{ bedtime: '22:00' }, 'missing or malformed "version"'],
    [{ version: '1' }, 'missing or malformed "version"'],
    [{ version: -1 }, 'missing or malformed "version"'],
    [{ version: 0.5 }, 'missing or malformed "version"'],
    [[1], 'not a JSON object'],
    [null, 'not a JSON object'],
  ])('rejects %j', (doc, reason) => {
    expect(migrateSettings(doc)).toEqual({ ok: false, error: { kind: 'corrupt', reason } });
  });

  it('runs the chain step by step and checks each step bumps the version', () => {
    const seen: number[] = [];
    const chain: SettingsMigration[] = [
      { from: 0, migrate: (doc) => (seen.push(0), { ...doc, version: 1, touched: true }) },
    ];
    expect(migrateSettings({ version: 0 }, chain)).toEqual({
      ok: true,
      value: { doc: { version: 1, touched: true }, from: 0 },
    });
    expect(seen).toEqual([0]);
    const wrong: SettingsMigration[] = [{ from: 0, migrate: (doc) => ({ ...doc }) }];
    expect(migrateSettings({ version: 0 }, wrong)).toEqual({
      ok: false,
      error: { kind: 'corrupt', reason: 'migration from version 0 did not produce 1' },
    });
    expect(migrateSettings({ version: 0 }, [])).toEqual({
      ok: false,
      error: { kind: 'corrupt', reason: 'no migration from version 0' },
    });
  });
});
