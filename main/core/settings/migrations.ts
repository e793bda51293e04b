/**
 * Settings document versions and the steps between them (BreakTimer-style list). Each step
 * takes a document of version `from` and returns one of version `from + 1`; it need not
 * validate, because the loader merges defaults and validates after the last step.
 */
import { isPoseId } from '../routine/pose-ids';
import { mergeWithDefaults } from './defaults';
import { isPlainObject, validateSettings, type Settings } from './schema';
import { NIGHT_KEYS, SETTINGS_VERSION } from './vocabulary';
import type { Result } from '../result';

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
  return readSettingsValue(parsed);
}

/** The same for a document already parsed (the settings inside a backup file). */
export function readSettingsValue(parsed: unknown): StoredSettings {
  const migrated = migrateSettings(parsed);
  if (!migrated.ok) return migrated;
  const result = validateSettings(mergeWithDefaults(forgetMissingPictures(migrated.value.doc)));
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
  | { kind: 'newer-version'; fileVersion: number; message: string }
  /** Settings came from somewhere other than settings.json (the last-good copy, the defaults). */
  | { kind: 'fallback'; title: string; message: string };

/**
 * Settings are read-only: the file belongs to a newer Unknot (this version must not overwrite
 * it), or it could not be read or set aside (it must not be replaced unseen). The message says
 * which, in words the settings window shows.
 */
export class SettingsReadOnlyError extends Error {
  override readonly name = 'SettingsReadOnlyError';
}

export function newerVersionReadOnlyMessage(fileVersion: number): string {
  return `Settings are read-only: the file was written by a newer version of Unknot (format ${fileVersion}).`;
}

export const FALLBACK_READ_ONLY_MESSAGE =
  'Settings are read-only for now: Unknot could not read or replace your settings file, so it will not change it.';

type FallbackSource = 'backup' | 'defaults';

const using = (source: FallbackSource): string =>
  source === 'backup' ? 'your last good settings (the copy it keeps of them)' : 'the default settings';

const READ_ONLY_TAIL =
  'It will not change that file, so changes made here will not be saved until it is fixed.';

/** The words of each fallback, here once; the store picks one and the banner shows it as is. */
export const FALLBACK_NOTICES = {
  restored(writtenBack: boolean): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Your settings were restored.',
      message:
        'Your settings file was missing, so Unknot put back the copy it keeps of your last good settings.' +
        (writtenBack
          ? ''
          : ' It could not write them to disk yet; it will try again the next time you save.'),
    };
  },
  lastGoodDamaged(): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Your settings file was missing.',
      message:
        'The copy Unknot keeps of your last good settings is damaged too, so it started again from the default settings.',
    };
  },
  unreadable(source: FallbackSource, reason: string, path: string): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Unknot could not read your settings file.',
      message: `${reason} Unknot is using ${using(source)} for now. ${READ_ONLY_TAIL} The file: ${path}`,
    };
  },
  cannotSetAside(source: FallbackSource, path: string): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Your settings file is damaged, and its folder cannot be changed.',
      message: `Unknot is using ${using(source)} for now. ${READ_ONLY_TAIL} The file: ${path}`,
    };
  },
  folderReadOnly(source: FallbackSource): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Unknot cannot write to its settings folder.',
      message: `Unknot is using ${using(source)} for now; changes made here will not be saved until the folder can be written.`,
    };
  },
  failed(): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Unknot could not load your settings.',
      message: 'It is using the default settings for now, and will not save changes until it is restarted.',
    };
  },
} as const;

/** One line for an OS notification: what happened, for every kind of notice. */
export function noticeHeadline(notice: SettingsNotice): string {
  switch (notice.kind) {
    case 'recovered-from-corrupt':
      return notice.usedBackup
        ? 'Your settings file was damaged; Unknot restored your last good settings.'
        : 'Your settings file was damaged; Unknot started again from the defaults.';
    case 'newer-version':
      return 'Your settings were saved by a newer Unknot; this version is using defaults, read-only.';
    case 'fallback':
      return notice.title;
  }
}

/**
 * A stored settings document whose own exercises name a picture this version does not have (a pose
 * removed or renamed in a later release, a file from a newer one): the exercise keeps everything
 * else and shows no picture, rather than the whole file failing validation and being set aside.
 * Packs are not forgiven this way: an import names the problem and changes nothing.
 */
function forgetMissingPictures(doc: unknown): unknown {
  if (!isPlainObject(doc) || !isPlainObject(doc['routine']) || !Array.isArray(doc['routine']['ownSteps'])) {
    return doc;
  }
  const ownSteps: unknown[] = doc['routine']['ownSteps'].map((step: unknown) => {
    if (!isPlainObject(step) || !isPlainObject(step['exercise'])) return step;
    const poseId = step['exercise']['poseId'];
    if (typeof poseId !== 'string' || isPoseId(poseId)) return step;
    return { ...step, exercise: { ...step['exercise'], poseId: null } };
  });
  return { ...doc, routine: { ...doc['routine'], ownSteps } };
}
