import * as v from 'valibot';
import { SETTINGS_MESSAGES as M } from './messages';
import { settingsPatchSchema, type Settings } from './schema';
import { isPlainObject } from './objects';
import { toSettingsIssues, validateSettings, type SettingsResult } from './validate';

/**
 * Apply a change request (typically an IPC payload) to the current settings. The patch shape is
 * checked strictly first, so an unknown key anywhere is rejected instead of stored; then the
 * merged document is validated as a whole. `current` is never modified.
 */
export function applyPatch(current: Settings, patch: unknown): SettingsResult {
  if (!isPlainObject(patch)) return { ok: false, issues: [{ path: '', message: M.patch }] };
  const parsed = v.safeParse(settingsPatchSchema, patch, { abortEarly: false, abortPipeEarly: true });
  if (!parsed.success) return { ok: false, issues: toSettingsIssues(parsed.issues) };
  return validateSettings(mergePatch(current, parsed.output));
}

/** Objects merge key by key; anything else (including the steps array) replaces whole. */
function mergePatch(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = mergePatch(base[key], value);
  return merged;
}
