import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSettings } from '../../main/core/settings/defaults';
import type { Settings } from '../../main/core/settings/schema';

/** Writes settings.json as a returning user would have it (welcome done), with optional changes. */
export async function seedSettings(
  dir: string,
  change: (settings: Settings) => void = () => undefined,
): Promise<Settings> {
  const settings = defaultSettings();
  settings.general.firstRunDone = true;
  change(settings);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'settings.json'), JSON.stringify(settings));
  return settings;
}
