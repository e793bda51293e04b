import { isPlainObject, type Settings, type SettingsPatch } from './schema';

/**
 * Apply a change request to the current settings. The patch was checked at the IPC boundary
 * (settingsPatchSchema: strict, so no unknown key gets this far); the merged document is checked
 * by the store before it is written. `current` is never modified. Objects merge key by key;
 * anything else (including the steps array) replaces whole.
 */
export function applyPatch(current: Settings, patch: SettingsPatch): unknown {
  return mergePatch(current, patch);
}

function mergePatch(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = mergePatch(base[key], value);
  return merged;
}
