/**
 * The peer's view of a schedule: what a user of a cron library would write for Unknot's nights,
 * one cron rule per distinct reminder time, listing the weekdays it fires on. The reminder is
 * read as a wall time (bedtime minus the lead), which is what cron can express; Unknot instead
 * subtracts the lead as a duration and has its own rules for bedtimes after midnight and for
 * DST gaps and repeats, so the two answers differ only around those.
 */
import { MORNING_CUTOFF_HOUR, type Schedule } from '../../main/core/schedule';
import { NIGHT_KEYS } from '../../main/core/settings/vocabulary';

const DAY_MINUTES = 24 * 60;

/** Five-field cron rules ("m h * * dows", 0 = Sunday), one per distinct reminder wall time. */
export function cronRules(schedule: Readonly<Schedule>): string[] {
  const byTime = new Map<number, Set<number>>();
  NIGHT_KEYS.forEach((key, index) => {
    const night = schedule.nights[key];
    if (!night.enabled) return;
    const [hours = 0, minutes = 0] = night.bedtime.split(':').map(Number);
    const bedtime = hours * 60 + minutes;
    // A bedtime before the morning cut-off belongs to the evening before: it rings a day later.
    let dayOffset = bedtime < MORNING_CUTOFF_HOUR * 60 ? 1 : 0;
    let at = bedtime - schedule.leadMinutes;
    if (at < 0) {
      at += DAY_MINUTES;
      dayOffset -= 1;
    }
    // NIGHT_KEYS starts on Monday (cron's 1).
    const weekday = (index + 1 + dayOffset + 7) % 7;
    const days = byTime.get(at) ?? new Set<number>();
    days.add(weekday);
    byTime.set(at, days);
  });
  return [...byTime].map(
    ([at, days]) => `${at % 60} ${Math.floor(at / 60)} * * ${[...days].sort((a, b) => a - b).join(',')}`,
  );
}
