/**
 * Each logged morning joined with the night before it, as the history already records it: the
 * quick factors come from the check-in; whether there was a routine, its preset and heat or cold
 * come from that night's sessions, so the check-in never asks for them.
 */
import { PRESETS } from '../routine/presets';
import type { Preset, PresetId } from '../routine/types';
import { pickFactors, type Factors } from './factors';
import { addDays } from './local-date';
import type { HistoryRecord } from './records';
import { countsAsRoutine, latestCheckins } from './stats';
import type { InsightWords } from '../locale/main-messages';

export interface LastNight {
  readonly routine: boolean;
  /** The preset of the night's last counted routine, or null without one. */
  readonly preset: PresetId | null;
  /** Heat or cold used in any of the night's counted routines; null for neither. */
  readonly heatCold: 'heat' | 'cold' | null;
}

export interface Morning {
  readonly date: string;
  readonly soreness: number;
  readonly factors: Factors;
  readonly night: LastNight;
}

const NO_ROUTINE: LastNight = { routine: false, preset: null, heatCold: null };

/** Every night with a routine that counts (stats.countsAsRoutine), by its date. */
export function nightsByDate(records: readonly HistoryRecord[]): Map<string, LastNight> {
  const byNight = new Map<string, LastNight>();
  for (const record of records) {
    if (record.type !== 'session' || !countsAsRoutine(record)) continue;
    const before = byNight.get(record.night);
    byNight.set(record.night, {
      routine: true,
      preset: record.preset,
      heatCold: record.heatCold ?? before?.heatCold ?? null,
    });
  }
  return byNight;
}

/** The night before the morning `date`. */
export function nightBefore(nights: ReadonlyMap<string, LastNight>, date: string): LastNight {
  return nights.get(addDays(date, -1)) ?? NO_ROUTINE;
}

/** The logged mornings (the latest check-in of each date), in date order, each with its night. */
export function morningsWithNights(records: readonly HistoryRecord[]): Morning[] {
  return morningsFrom(latestCheckins(records), nightsByDate(records));
}

/** morningsWithNights from the two maps a caller has already built from the same records. */
export function morningsFrom(
  checkins: ReturnType<typeof latestCheckins>,
  nights: ReadonlyMap<string, LastNight>,
): Morning[] {
  return [...checkins.values()]
    .map((c) => ({
      date: c.localDate,
      soreness: c.soreness,
      factors: pickFactors(c),
      night: nightBefore(nights, c.localDate),
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** "Last night: the Standard routine, with heat." — shown beside the check-in, never asked. */
export function lastNightText(
  night: LastNight,
  words: InsightWords,
  presets: readonly Preset[] = PRESETS,
): string {
  if (!night.routine || night.preset === null) return words.lastNightNone();
  const title = presets.find((p) => p.id === night.preset)?.title ?? night.preset;
  if (night.heatCold === 'heat') return words.lastNightHeat({ title });
  if (night.heatCold === 'cold') return words.lastNightCold({ title });
  return words.lastNight({ title });
}
