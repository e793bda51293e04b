import { join } from 'node:path';
import { writeTenYearHistory } from '../../tests/support/history-fixture';
import { seedSettings } from '../../tests/support/seed-settings';

/**
 * One profile per span under `dir` (`<years>y`), each with the default settings and a history of
 * a morning and a routine for every day of `years` years ending today: the history figures' files.
 */
export async function seedHistoryProfiles<Y extends number>(
  dir: string,
  spans: readonly Y[],
): Promise<{ profiles: Record<Y, string>; lines: Record<Y, number> }> {
  const today = new Intl.DateTimeFormat('en-CA').format(new Date());
  const profiles = {} as Record<Y, string>;
  const lines = {} as Record<Y, number>;
  for (const years of spans) {
    profiles[years] = join(dir, `${years}y`);
    await seedSettings(profiles[years]);
    lines[years] = await writeTenYearHistory(profiles[years], today, years * 365);
  }
  return { profiles, lines };
}
