/**
 * Settings document versions and the steps between them (BreakTimer-style list). Each step
 * takes a document of version `from` and returns one of version `from + 1`; it need not
 * validate, because the loader merges defaults and validates after the last step.
 */
import { mergeWithDefaults } from './defaults';
import { isPlainObject, validateSettings, type Settings } from './schema';
import { NIGHT_KEYS } from './vocabulary';
import type { Result } from '../result';

export const SETTINGS_VERSION = 1;

export type SettingsDocument = Record<string, unknown>;

export interface SettingsMigration {
  from: number;
  migrate(doc: SettingsDocument): SettingsDocument;
}

/**
 * v0, the pre-release format: one bedtime for every night and a flat layout:
 *   { version: 0, bedtime: "HH:MM", lead: minutes, snooze?: minutes,
 *     preset?: "quick"|"standard"|"full", startAtLogin?: boolean }
 * Anyone with a v0 file has already been through the app once, hence firstRunDone.
 */
function v0ToV1(doc: SettingsDocument): SettingsDocument {
  const schedule: SettingsDocument = {};
  if (doc['bedtime'] !== undefined) {
    const nights: SettingsDocument = {};
    for (const day of NIGHT_KEYS) nights[day] = { enabled: true, bedtime: doc['bedtime'] };
    schedule['nights'] = nights;
  }
  if (doc['lead'] !== undefined) schedule['leadMinutes'] = doc['lead'];
  const reminders: SettingsDocument = {};
  if (doc['snooze'] !== undefined) reminders['snoozeMinutes'] = doc['snooze'];
  const routine: SettingsDocument = {};
  if (doc['preset'] !== undefined) routine['preset'] = doc['preset'];
  const general: SettingsDocument = { firstRunDone: true };
  if (doc['startAtLogin'] !== undefined) general['startAtLogin'] = doc['startAtLogin'];
  return { version: 1, schedule, reminders, routine, general };
}

export const migrations: readonly SettingsMigration[] = [{ from: 0, migrate: v0ToV1 }];

/** Why a stored document cannot be used: it belongs to a newer release, or it is damaged. */
export type UnusableSettings = { kind: 'newer'; version: number } | { kind: 'corrupt'; reason: string };

/** `from` is the version the document had; equal to SETTINGS_VERSION when nothing ran. */
export type MigrationOutcome = Result<{ doc: SettingsDocument; from: number }, UnusableSettings>;

const unusable = (reason: string) => ({ ok: false, error: { kind: 'corrupt', reason } }) as const;

/**
 * Bring a parsed document up to SETTINGS_VERSION. A document from a newer release is reported,
 * never downgraded: the caller must leave that file alone.
 */
export function migrateSettings(
  input: unknown,
  steps: readonly SettingsMigration[] = migrations,
): MigrationOutcome {
  if (!isPlainObject(input)) return unusable('not a JSON object');
  const version = input['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return unusable('missing or malformed "version"');
  }
  if (version > SETTINGS_VERSION) return { ok: false, error: { kind: 'newer', version } };
  let doc = input;
  for (let at = version; at < SETTINGS_VERSION; at++) {
    const step = steps.find((candidate) => candidate.from === at);
    if (!step) return unusable(`no migration from version ${at}`);
    doc = step.migrate(doc);
    if (doc['version'] !== at + 1) {
      return unusable(`migration from version ${at} did not produce ${at + 1}`);
    }
  }
  return { ok: true, value: { doc, from: version } };
}

export type StoredSettings = Result<{ settings: Settings; migratedFrom: number | null }, UnusableSettings>;

const MAX_REASON_ISSUES = 3;

/**
 * Turn the text of a stored settings file into settings: parse, migrate, fill new fields with
 * defaults, validate. Never throws; anything unusable comes back as `corrupt` with a reason
 * for the log, or as `newer`.
 */
export function readSettingsDocument(text: string): StoredSettings {
  // A byte-order mark appears when someone hand-edits the file with some Windows editors.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return unusable('empty file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return unusable('not valid JSON (truncated or damaged)');
  }
  const migrated = migrateSettings(parsed);
  if (!migrated.ok) return migrated;
  const result = validateSettings(mergeWithDefaults(migrated.value.doc));
  if (!result.ok) {
    const detail = result.error
      .slice(0, MAX_REASON_ISSUES)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ');
    return unusable(`invalid settings (${detail})`);
  }
  const { from } = migrated.value;
  return {
    ok: true,
    value: { settings: result.value, migratedFrom: from === SETTINGS_VERSION ? null : from },
  };
}

/** What the settings window tells the user once after loading (see main/services/settings-store.ts). */
export type SettingsNotice =
  | {
      kind: 'recovered-from-corrupt';
      /** Full path the damaged file was renamed to. */
      movedTo: string;
      /** true: the last-good copy was loaded; false: back to defaults. */
      usedBackup: boolean;
      /** Why the file was rejected, for logs and a "details" disclosure. */
      reason: string;
    }
  | { kind: 'newer-version'; fileVersion: number; message: string };

/** The settings file belongs to a newer Unknot; this version must not overwrite it. */
export class SettingsReadOnlyError extends Error {
  override readonly name = 'SettingsReadOnlyError';
  constructor(readonly fileVersion: number) {
    super(
      `Settings are read-only: the file was written by a newer version of Unknot (format ${fileVersion}).`,
    );
  }
}
