/**
 * Loads and saves settings.json in the app's data directory. Loading never fails: whatever is
 * wrong with the file or its folder, the app gets settings to run on and a notice the window
 * shows the user once.
 *   - damaged: moved aside (kept for inspection, named with the time); the last-good copy or the
 *     defaults are used and written back. If it cannot be moved aside (a read-only folder), the
 *     same settings are used read-only.
 *   - missing while the last-good copy exists (a recovery that could not write back): the copy
 *     is restored, never a first run.
 *   - unreadable (no permission, a folder, a disk error): the last-good copy or the defaults,
 *     read-only, so a file Unknot could not read is never replaced unseen.
 *   - written by a newer Unknot: never touched; defaults, read-only.
 * A symbolic link at settings.json stays a link (see json-store.ts).
 */
import type { Clock, Logger } from '../core/ports';
import { DEFAULT_SETTINGS, defaultSettings } from '../core/settings/defaults';
import {
  FALLBACK_NOTICES,
  FALLBACK_READ_ONLY_MESSAGE,
  SettingsReadOnlyError,
  newerVersionReadOnlyMessage,
  readSettingsDocument,
  type SettingsNotice,
  type StoredSettings,
} from '../core/settings/migrations';
import { SettingsValidationError, validateSettings, type Settings } from '../core/settings/schema';
import { deepFreeze } from '../core/freeze';
import { isWriteDenied, unreadableReason } from '../core/storage-faults';
import { createJsonFileStore, type FileSystem } from './json-store';

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
  /** Never rejects: every fault ends in settings to run on (see the file comment). */
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
  /** Defaults to node:fs/promises. */
  fs?: FileSystem;
}

/** The last-good copy as read: usable settings, a newer version's, or nothing usable. */
type Backup = StoredSettings | null;

export function createSettingsStore({ dir, clock, logger, fs }: SettingsStoreDeps): SettingsStore {
  const file = createJsonFileStore({ dir, name: 'settings', logger, ...(fs ? { fs } : {}) });
  let current: Settings = DEFAULT_SETTINGS;
  let loaded = false;
  let readOnlyMessage: string | null = null;

  function settle(result: LoadResult, readOnlyBecause: string | null = null): LoadResult {
    current = deepFreeze(result.settings);
    loaded = true;
    readOnlyMessage = result.readOnly ? (readOnlyBecause ?? FALLBACK_READ_ONLY_MESSAGE) : null;
    return { ...result, settings: current };
  }

  /** Settings from the last-good copy when usable, else defaults marked as not a first run. */
  function fallbackSettings(backup: Backup): {
    settings: Settings;
    source: 'backup' | 'defaults';
    migratedFrom: number | null;
  } {
    if (backup?.ok)
      return { settings: backup.value.settings, source: 'backup', migratedFrom: backup.value.migratedFrom };
    const settings = defaultSettings();
    // Something was there before: someone used Unknot here, so no first-run welcome.
    settings.general.firstRunDone = true;
    return { settings, source: 'defaults', migratedFrom: null };
  }

  async function readBackup(): Promise<Backup> {
    try {
      const text = await file.readBackupRaw();
      return text === null ? null : readSettingsDocument(text);
    } catch (error) {
      logger.warn('could not read the last-good settings copy', error);
      return null;
    }
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
    return settle(
      {
        settings,
        source: 'defaults',
        firstRun: false,
        readOnly: true,
        migratedFrom: null,
        notice: { kind: 'newer-version', fileVersion, message },
      },
      newerVersionReadOnlyMessage(fileVersion),
    );
  }

  /** Writes recovered settings back so the next start finds them; false (logged) when it cannot. */
  async function writeBack(settings: Settings): Promise<{ written: boolean; denied: boolean }> {
    try {
      await file.save(settings);
      return { written: true, denied: false };
    } catch (error) {
      logger.error('could not write recovered settings', error);
      return { written: false, denied: isWriteDenied(error) };
    }
  }

  async function recover(reason: string): Promise<LoadResult> {
    logger.warn('settings file is damaged; recovering', { reason });
    const backup = await readBackup();
    // A last-good copy from a newer release means a newer Unknot owns this directory.
    if (backup?.ok === false && backup.error.kind === 'newer') return runReadOnly(backup.error.version);
    const fallback = fallbackSettings(backup);
    let movedTo: string;
    try {
      movedTo = await file.moveAside(`settings.corrupt-${fileSafeTimestamp(clock.now())}.json`);
    } catch (error) {
      // Writing now would destroy the damaged file unseen: run on the fallback, read-only.
      logger.error('could not set the damaged settings file aside; running read-only', error);
      return settle({
        ...fallback,
        firstRun: false,
        readOnly: true,
        notice: FALLBACK_NOTICES.cannotSetAside(fallback.source, file.path),
      });
    }
    // Put a readable settings.json back now, or the next start would look like a first run.
    const { denied } = await writeBack(fallback.settings);
    return settle({
      ...fallback,
      firstRun: false,
      readOnly: denied,
      notice: { kind: 'recovered-from-corrupt', movedTo, usedBackup: fallback.source === 'backup', reason },
    });
  }

  async function restore(backup: Backup): Promise<LoadResult> {
    if (backup?.ok === false && backup.error.kind === 'newer') return runReadOnly(backup.error.version);
    const fallback = fallbackSettings(backup);
    logger.warn(`settings file is missing but a last-good copy exists; restoring ${fallback.source}`);
    const { written, denied } = await writeBack(fallback.settings);
    const notice =
      fallback.source === 'backup' ? FALLBACK_NOTICES.restored(written) : FALLBACK_NOTICES.lastGoodDamaged();
    return settle({
      ...fallback,
      firstRun: false,
      readOnly: denied,
      notice: denied ? FALLBACK_NOTICES.folderReadOnly(fallback.source) : notice,
    });
  }

  async function unreadable(error: unknown): Promise<LoadResult> {
    logger.error('could not read the settings file; running read-only', error);
    const backup = await readBackup();
    if (backup?.ok === false && backup.error.kind === 'newer') return runReadOnly(backup.error.version);
    const fallback = fallbackSettings(backup);
    return settle({
      ...fallback,
      firstRun: false,
      readOnly: true,
      notice: FALLBACK_NOTICES.unreadable(fallback.source, unreadableReason(error), file.path),
    });
  }

  async function loadFile(): Promise<LoadResult> {
    let text: string | null;
    try {
      text = await file.readRaw();
    } catch (error) {
      return unreadable(error);
    }
    if (text === null) {
      const backup = await readBackup();
      if (backup !== null) return restore(backup);
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

  async function load(): Promise<LoadResult> {
    try {
      return await loadFile();
    } catch (error) {
      // Every expected fault is handled above; this is the last line that keeps start-up going.
      logger.error('could not load settings; running read-only on defaults', error);
      const settings = defaultSettings();
      settings.general.firstRunDone = true;
      return settle({
        settings,
        source: 'defaults',
        firstRun: false,
        readOnly: true,
        migratedFrom: null,
        notice: FALLBACK_NOTICES.failed(),
      });
    }
  }

  async function save(next: unknown): Promise<Settings> {
    // Before load() we don't know whether the file on disk belongs to a newer version.
    if (!loaded) throw new Error('settings store: load() must complete before save()');
    if (readOnlyMessage !== null) throw new SettingsReadOnlyError(readOnlyMessage);
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
export function fileSafeTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}
