/**
 * Settings document versions and the steps between them (BreakTimer-style list). Each step
 * takes a document of version `from` and returns one of version `from + 1`; it need not
 * validate, because the loader merges defaults and validates after the last step.
 */
import { DAY_KEYS } from './schema';
import { isPlainObject } from './objects';
import { SETTINGS_VERSION } from './values';

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
    for (const day of DAY_KEYS) nights[day] = { enabled: true, bedtime: doc['bedtime'] };
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

/** v2 adds exercises of one's own (routine.ownSteps); a v1 file has none. */
function v1ToV2(doc: SettingsDocument): SettingsDocument {
  const routine = doc['routine'];
  // A routine that is not an object is left for validation to report.
  if (!isPlainObject(routine)) return { ...doc, version: 2 };
  return { ...doc, version: 2, routine: { ...routine, ownSteps: [] } };
}

export const migrations: readonly SettingsMigration[] = [
  { from: 0, migrate: v0ToV1 },
  { from: 1, migrate: v1ToV2 },
];

export type MigrationOutcome =
  /** `from` is the version the document had; equal to SETTINGS_VERSION when nothing ran. */
  | { kind: 'ok'; doc: SettingsDocument; from: number }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string };

/**
 * Bring a parsed document up to SETTINGS_VERSION. A document from a newer release is reported,
 * never downgraded: the caller must leave that file alone.
 */
export function migrateSettings(
  input: unknown,
  steps: readonly SettingsMigration[] = migrations,
): MigrationOutcome {
  if (!isPlainObject(input)) return { kind: 'invalid', reason: 'not a JSON object' };
  const version = input['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'invalid', reason: 'missing or malformed "version"' };
  }
  if (version > SETTINGS_VERSION) return { kind: 'newer', version };
  let doc = input;
  for (let at = version; at < SETTINGS_VERSION; at++) {
    const step = steps.find((candidate) => candidate.from === at);
    if (!step) return { kind: 'invalid', reason: `no migration from version ${at}` };
    doc = step.migrate(doc);
    if (doc['version'] !== at + 1) {
      return { kind: 'invalid', reason: `migration from version ${at} did not produce ${at + 1}` };
    }
  }
  return { kind: 'ok', doc, from: version };
}
