import * as v from 'valibot';
import { defaultSettings } from './defaults';
import { isPlainObject } from './objects';
import { settingsSchema, type Settings } from './schema';

export interface SettingsIssue {
  /** Dot path to the offending value, e.g. "schedule.nights.tue.bedtime"; "" for the whole. */
  path: string;
  message: string;
}

export type SettingsResult = { ok: true; value: Settings } | { ok: false; issues: SettingsIssue[] };

/** One issue per field: a field failing several checks still gets one message. */
const PARSE_CONFIG = { abortEarly: false, abortPipeEarly: true } as const;

export function toSettingsIssues(issues: ReadonlyArray<v.BaseIssue<unknown>>): SettingsIssue[] {
  return issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
}

export { settingError } from './fields';

/** Validate a whole settings document. The returned value is a fresh copy without extra keys. */
export function validateSettings(input: unknown): SettingsResult {
  const result = v.safeParse(settingsSchema, input, PARSE_CONFIG);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, issues: toSettingsIssues(result.issues) };
}

/**
 * Fill keys missing from a stored document with defaults (a field added in a later release).
 * Present values are kept as they are, even if wrong, so validation still catches them; keys
 * the defaults don't have are dropped. Walks only the defaults' keys, so a hostile document
 * (e.g. a "__proto__" key) can't reach anything else. A non-object is returned unchanged.
 */
export function mergeWithDefaults(partial: unknown): unknown {
  return fill(defaultSettings(), partial);
}

function fill(defaults: unknown, stored: unknown): unknown {
  if (stored === undefined) return defaults;
  if (!isPlainObject(defaults) || !isPlainObject(stored)) return stored;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    merged[key] = fill(defaults[key], Object.hasOwn(stored, key) ? stored[key] : undefined);
  }
  return merged;
}
