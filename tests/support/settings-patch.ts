import { parseRequest } from '../../main/core/ipc/dispatch';
import type { Result } from '../../main/core/result';
import { applyPatch } from '../../main/core/settings/patch';
import { validateSettings, type Settings } from '../../main/core/settings/schema';

/**
 * A settings change as the app makes it: the patch checked at the IPC boundary, merged into the
 * current settings, and the result checked as the store checks it before writing.
 */
export function patchSettings(current: Settings, patch: unknown): Result<Settings> {
  const parsed = parseRequest('saveSettings', patch);
  return parsed.ok ? validateSettings(applyPatch(current, parsed.value)) : parsed;
}
