/**
 * Loads and saves settings.json in the app's data directory. Loading never fails because of the
 * file's content: a damaged file is moved aside (kept for inspection, named with the time) and
 * the last-good copy or the defaults are used, with a notice the window shows the user once.
 * A file written by a newer Unknot is never touched: the app runs on defaults, read-only.
 */
import type { Clock, Logger } from '../core/ports';
import { DEFAULT_SETTINGS, defaultSettings } from '../core/settings/defaults';
import {
  SettingsReadOnlyError,
  readSettingsDocument,
  type SettingsNotice,
  type StoredSettings,
} from '../core/settings/migrations';
import { SettingsValidationError, validateSettings, type Settings } from '../core/settings/schema';
import { deepFreeze } from '../core/freeze';
import { createJsonFileStore } from './json-store';

export interface LoadResult {
  /** Deep-frozen; build a new object (applyPatch) to change it. */
  settings: Settings;
  source: 'file' | 'backup' | 'defaults';
  /** No settings file existed: the first start on this machine. */
  firstRun: boolean;
  readOnly: boolean;
  /** The stored format version a migration started from, or null when none ran. */
  migratedFrom: number | null;
  notice: SettingsNotice | null;
}

export interface SettingsStore {
  load(): Promise<LoadResult>;
  /** Validates, then writes durably; resolves with the stored (frozen) settings. */
  save(next: unknown): Promise<Settings>;
  /** The current settings; the defaults until load() has completed. */
  get(): Settings;
}

export interface SettingsStoreDeps {
  dir: string;
  clock: Clock;
  logger: Logger;
}

export function createSettingsStore({ dir, clock, logger }: SettingsStoreDeps): SettingsStore {
  const file = createJsonFileStore({ dir, name: 'settings', logger });
  let current: Settings = DEFAULT_SETTINGS;
  let loaded = false;
  let newerFileVersion: number | null = null;

  function settle(result: LoadResult): LoadResult {
    current = deepFreeze(result.settings);
    loaded = true;
    newerFileVersion = result.notice?.kind === 'newer-version' ? result.notice.fileVersion : null;
    return { ...result, settings: current };
  }

  function runReadOnly(fileVersion: number): LoadResult {
    logger.warn('settings file is from a newer Unknot; running read-only on defaults', {
      fileVersion,
    });
    const settings = defaultSettings();
    // Whoever wrote that file has used Unknot before; don't walk them through first-run setup.
    settings.general.firstRunDone = true;
    const message =
      'Your settings were saved by a newer version of Unknot. This version will not change ' +
      'them: it is using default settings for now, and changes here will not be saved. ' +
      'Update Unknot to get your settings back.';
    return settle({
      settings,
      source: 'defaults',
      firstRun: false,
      readOnly: true,
      migratedFrom: null,
      notice: { kind: 'newer-version', fileVersion, message },
    });
  }

  async function recover(reason: string): Promise<LoadResult> {
    logger.warn('settings file is damaged; recovering', { reason });
    const backupText = await file.readBackupRaw();
    const stored: StoredSettings | null = backupText === null ? null : readSettingsDocument(backupText);
    // A last-good copy from a newer release means a newer Unknot owns this directory.
    if (stored?.ok === false && stored.error.kind === 'newer') return runReadOnly(stored.error.version);
    const backup = stored?.ok ? stored.value : null;
    const movedTo = await file.moveAside(`settings.corrupt-${fileSafeTimestamp(clock.now())}.json`);
    const usedBackup = backup !== null;
    const settings = backup?.settings ?? defaultSettings();
    // A damaged file means someone used Unknot here before: no first-run welcome, just the notice.
    if (!usedBackup) settings.general.firstRunDone = true;
    try {
      // Put a readable settings.json back now, or the next start would look like a first run.
      await file.save(settings);
    } catch (error) {
      logger.error('could not write recovered settings', error);
    }
    return settle({
      settings,
      source: usedBackup ? 'backup' : 'defaults',
      firstRun: false,
      readOnly: false,
      migratedFrom: backup?.migratedFrom ?? null,
      notice: { kind: 'recovered-from-corrupt', movedTo, usedBackup, reason },
    });
  }

  async function load(): Promise<LoadResult> {
    const text = await file.readRaw();
    if (text === null) {
      return settle({
        settings: defaultSettings(),
        source: 'defaults',
        firstRun: true,
        readOnly: false,
        migratedFrom: null,
        notice: null,
      });
    }
    const read = readSettingsDocument(text);
    if (!read.ok)
      return read.error.kind === 'newer' ? runReadOnly(read.error.version) : recover(read.error.reason);
    const stored = read.value;
    if (stored.migratedFrom !== null) {
      logger.info('settings migrated', { from: stored.migratedFrom });
    }
    return settle({
      settings: stored.settings,
      source: 'file',
      firstRun: false,
      readOnly: false,
      migratedFrom: stored.migratedFrom,
      notice: null,
    });
  }

  async function save(next: unknown): Promise<Settings> {
    // Before load() we don't know whether the file on disk belongs to a newer version.
    if (!loaded) throw new Error('settings store: load() must complete before save()');
    if (newerFileVersion !== null) throw new SettingsReadOnlyError(newerFileVersion);
    const result = validateSettings(next);
    if (!result.ok) throw new SettingsValidationError(result.error);
    const settings = deepFreeze(result.value);
    await file.save(settings);
    current = settings;
    return settings;
  }

  return { load, save, get: () => current };
}

/** "2025-03-01T22:30:00.000Z" -> "2025-03-01T22-30-00-000Z": no ':' (invalid on Windows). */
function fileSafeTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}
