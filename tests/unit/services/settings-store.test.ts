import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clock, Logger } from '../../../main/core/ports';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../main/core/settings/defaults';
import { SettingsReadOnlyError } from '../../../main/core/settings/migrations';
import { SettingsValidationError, type Settings } from '../../../main/core/settings/schema';
import { createSettingsStore } from '../../../main/services/settings-store';

const NOW = Date.UTC(2025, 2, 1, 22, 30, 0, 0);
const CORRUPT_NAME = 'settings.corrupt-2025-03-01T22-30-00-000Z.json';
const clock: Clock = { now: () => NOW, timeZone: () => 'Europe/Berlin' };

let dir: string;
let logger: Logger;
const file = (name: string): string => join(dir, name);
const read = (name: string): Promise<string> => readFile(file(name), 'utf8');
const store = () => createSettingsStore({ dir, clock, logger });

function customSettings(): Settings {
  const s = defaultSettings();
  s.schedule.nights.wed = { enabled: false, bedtime: '21:15' };
  s.routine.steps = [{ id: 'doorway-stretch', enabled: true, durationSec: 90 }];
  s.general.firstRunDone = true;
  return s;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unknot-settings-'));
  logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Defaults after a damaged file: someone used Unknot here before, so no first-run welcome. */
const RECOVERED_DEFAULTS = {
  ...DEFAULT_SETTINGS,
  general: { ...DEFAULT_SETTINGS.general, firstRunDone: true },
};

describe('settings store: load', () => {
  it('first run: no file -> defaults, nothing written', async () => {
    const result = await store().load();
    expect(result).toEqual({
      settings: DEFAULT_SETTINGS,
      source: 'defaults',
      firstRun: true,
      readOnly: false,
      migratedFrom: null,
      notice: null,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('loads a valid file', async () => {
    await writeFile(file('settings.json'), JSON.stringify(customSettings()));
    const s = store();
    const result = await s.load();
    expect(result).toMatchObject({
      settings: customSettings(),
      source: 'file',
      firstRun: false,
      notice: null,
    });
    expect(s.get()).toEqual(customSettings());
  });

  it('migrates a v0 file in memory and leaves the file as it was until the next save', async () => {
    const v0 = JSON.stringify({ version: 0, bedtime: '23:00', lead: 20 });
    await writeFile(file('settings.json'), v0);
    const result = await store().load();
    expect(result.migratedFrom).toBe(0);
    expect(result.settings.schedule.nights.mon.bedtime).toBe('23:00');
    expect(result.settings.schedule.leadMinutes).toBe(20);
    expect(await read('settings.json')).toBe(v0);
    expect(logger.info).toHaveBeenCalledWith('settings migrated', { from: 0 });
  });

  const corruptions: Array<[string, string]> = [
    ['truncated JSON', JSON.stringify(customSettings()).slice(0, 120)],
    ['not JSON', 'this is not json'],
    [
      'wrong types',
      JSON.stringify({ ...customSettings(), schedule: { nights: 'every', leadMinutes: '30' } }),
    ],
    ['empty file', ''],
  ];

  describe.each(corruptions)('%s', (_label, damaged) => {
    it('without a last-good copy: moved aside, defaults used and written back, notice', async () => {
      await writeFile(file('settings.json'), damaged);
      const s = store();
      const result = await s.load();
      expect(result).toMatchObject({
        settings: RECOVERED_DEFAULTS,
        source: 'defaults',
        firstRun: false,
        readOnly: false,
        notice: { kind: 'recovered-from-corrupt', movedTo: file(CORRUPT_NAME), usedBackup: false },
      });
      expect(await read(CORRUPT_NAME)).toBe(damaged);
      expect(JSON.parse(await read('settings.json'))).toEqual(RECOVERED_DEFAULTS);
      // the next start finds a good file and says nothing
      expect((await store().load()).notice).toBeNull();
    });

    it('with a valid last-good copy: that copy is loaded and restored', async () => {
      await writeFile(file('settings.json'), damaged);
      await writeFile(file('settings.last-good.json'), JSON.stringify(customSettings()));
      const result = await store().load();
      expect(result).toMatchObject({
        settings: customSettings(),
        source: 'backup',
        notice: { kind: 'recovered-from-corrupt', movedTo: file(CORRUPT_NAME), usedBackup: true },
      });
      expect(JSON.parse(await read('settings.json'))).toEqual(customSettings());
      expect(await read(CORRUPT_NAME)).toBe(damaged);
    });

    it('with a damaged last-good copy too: defaults', async () => {
      await writeFile(file('settings.json'), damaged);
      await writeFile(file('settings.last-good.json'), '{"version": 1, "sched');
      const result = await store().load();
      expect(result).toMatchObject({
        settings: RECOVERED_DEFAULTS,
        source: 'defaults',
        notice: { kind: 'recovered-from-corrupt', usedBackup: false },
      });
      expect(JSON.parse(await read('settings.json'))).toEqual(RECOVERED_DEFAULTS);
    });
  });

  it('the notice says why the file was rejected', async () => {
    await writeFile(file('settings.json'), '{"version":1');
    const { notice } = await store().load();
    expect(notice).toMatchObject({ reason: 'not valid JSON (truncated or damaged)' });
    expect(logger.warn).toHaveBeenCalled();
  });

  it('still starts (in memory) when the recovered settings cannot be written', async () => {
    await writeFile(file('settings.json'), 'garbage');
    await mkdir(file('settings.json.tmp'));
    const result = await store().load();
    expect(result.settings).toEqual(RECOVERED_DEFAULTS);
    expect(result.notice).toMatchObject({ kind: 'recovered-from-corrupt' });
    expect(logger.error).toHaveBeenCalledWith('could not write recovered settings', expect.anything());
  });

  describe('a file from a newer version', () => {
    const newer = JSON.stringify({ version: 2, schedule: { weekly: true } });

    it('is never overwritten: read-only defaults with a notice; save() rejects', async () => {
      await writeFile(file('settings.json'), newer);
      const s = store();
      const result = await s.load();
      expect(result).toMatchObject({
        source: 'defaults',
        readOnly: true,
        notice: { kind: 'newer-version', fileVersion: 2 },
      });
      expect(result.notice?.kind === 'newer-version' && result.notice.message).toMatch(
        /newer version of Unknot/,
      );
      // they have used Unknot before: don't start first-run setup
      expect(result.settings).toEqual({
        ...DEFAULT_SETTINGS,
        general: { ...DEFAULT_SETTINGS.general, firstRunDone: true },
      });
      await expect(s.save(customSettings())).rejects.toBeInstanceOf(SettingsReadOnlyError);
      expect(await read('settings.json')).toBe(newer);
      expect(await readdir(dir)).toEqual(['settings.json']);
    });

    it('a newer last-good copy behind a damaged file is also left alone', async () => {
      await writeFile(file('settings.json'), '{"vers');
      await writeFile(file('settings.last-good.json'), newer);
      const s = store();
      expect(await s.load()).toMatchObject({
        readOnly: true,
        notice: { kind: 'newer-version', fileVersion: 2 },
      });
      await expect(s.save(customSettings())).rejects.toBeInstanceOf(SettingsReadOnlyError);
      expect((await readdir(dir)).sort()).toEqual(['settings.json', 'settings.last-good.json']);
      expect(await read('settings.last-good.json')).toBe(newer);
    });
  });
});

describe('settings store: save and get', () => {
  it('get() is the defaults before load(), frozen', () => {
    const current = store().get();
    expect(current).toEqual(DEFAULT_SETTINGS);
    expect(Object.isFrozen(current.schedule.nights.mon)).toBe(true);
  });

  it('save() before load() is refused (the file might belong to a newer version)', async () => {
    await expect(store().save(customSettings())).rejects.toThrow(/load\(\) must complete/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('saves valid settings durably, with a last-good copy; a new store loads them', async () => {
    const s = store();
    await s.load();
    const saved = await s.save(customSettings());
    expect(saved).toEqual(customSettings());
    expect(Object.isFrozen(saved.routine.steps[0])).toBe(true);
    expect(s.get()).toBe(saved);
    expect(JSON.parse(await read('settings.json'))).toEqual(customSettings());
    expect(JSON.parse(await read('settings.last-good.json'))).toEqual(customSettings());
    expect((await store().load()).settings).toEqual(customSettings());
  });

  it('invalid settings are never saved: typed error with issues, nothing changes', async () => {
    const s = store();
    await s.load();
    await s.save(customSettings());
    const before = await read('settings.json');
    const bad = { ...customSettings(), schedule: { ...customSettings().schedule, leadMinutes: 181 } };
    const error: unknown = await s.save(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsValidationError);
    expect((error as SettingsValidationError).issues).toEqual([
      { path: 'schedule.leadMinutes', message: 'Use a whole number of minutes from 0 to 180' },
    ]);
    expect(await read('settings.json')).toBe(before);
    expect(s.get()).toEqual(customSettings());
  });

  it('unknown keys are rejected, not stored', async () => {
    const s = store();
    await s.load();
    const withExtra = { ...customSettings(), general: { ...customSettings().general, isAdmin: true } };
    await expect(s.save(withExtra)).rejects.toBeInstanceOf(SettingsValidationError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('concurrent saves land in call order', async () => {
    const s = store();
    await s.load();
    const versions = Array.from({ length: 10 }, (_, i) => ({
      ...customSettings(),
      schedule: { ...customSettings().schedule, leadMinutes: i },
    }));
    await Promise.all(versions.map((v) => s.save(v)));
    expect(s.get().schedule.leadMinutes).toBe(9);
    expect(JSON.parse(await read('settings.json')).schedule.leadMinutes).toBe(9);
  });
});
