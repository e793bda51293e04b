import { NIGHT_KEYS, type NightKey } from '../../../main/core/settings/vocabulary';
import type { Schedule } from '../../../main/core/schedule';

/** A schedule with only the given nights on; the others are off (with a valid bedtime). */
export function scheduleOf(bedtimes: Partial<Record<NightKey, string>>, leadMinutes = 0): Schedule {
  const nights = {} as Schedule['nights'];
  for (const key of NIGHT_KEYS) {
    const bedtime = bedtimes[key];
    nights[key] = { enabled: bedtime !== undefined, bedtime: bedtime ?? '22:00' };
  }
  return { nights, leadMinutes };
}

export function everyNight(bedtime: string, leadMinutes = 0): Schedule {
  return scheduleOf(Object.fromEntries(NIGHT_KEYS.map((key) => [key, bedtime])), leadMinutes);
}
