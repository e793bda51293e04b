import { mergeWithDefaults, validateSettings } from './validate';
import { migrateSettings } from './migrations';
import { SETTINGS_VERSION } from './values';
import type { Settings } from './schema';

export type StoredSettings =
  | { kind: 'ok'; settings: Settings; migratedFrom: number | null }
  | { kind: 'newer'; version: number }
  | { kind: 'corrupt'; reason: string };

const MAX_REASON_ISSUES = 3;

/**
 * Turn the text of a stored settings file into settings: parse, migrate, fill new fields with
 * defaults, validate. Never throws; anything unusable comes back as `corrupt` with a reason
 * for the log.
 */
export function readSettingsDocument(text: string): StoredSettings {
  // A byte-order mark appears when someone hand-edits the file with some Windows editors.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { kind: 'corrupt', reason: 'empty file' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { kind: 'corrupt', reason: 'not valid JSON (truncated or damaged)' };
  }
  const migrated = migrateSettings(parsed);
  if (migrated.kind === 'newer') return migrated;
  if (migrated.kind === 'invalid') return { kind: 'corrupt', reason: migrated.reason };
  const result = validateSettings(mergeWithDefaults(migrated.doc));
  if (!result.ok) {
    const detail = result.issues
      .slice(0, MAX_REASON_ISSUES)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ');
    return { kind: 'corrupt', reason: `invalid settings (${detail})` };
  }
  const migratedFrom = migrated.from === SETTINGS_VERSION ? null : migrated.from;
  return { kind: 'ok', settings: result.value, migratedFrom };
}
