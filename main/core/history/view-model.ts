/**
 * The history view as a ready-to-draw model. All statistics, chart geometry and sentences are
 * made here, in main: the renderer only lays them out, which keeps its bundle small and puts every
 * rule where unit tests reach it.
 */
import { HELP, type HelpContent, type HelpSection } from '../routine/help';
import { PRESETS } from '../routine/presets';
import { MORNING_PRESET_ID, type Preset } from '../routine/types';
import { dateFormatter, firstDayOfWeek, isoWeekdayOfDate } from '../locale/calendar';
import type { InsightWords } from '../locale/main-messages';
import { nightOf } from '../schedule';
import { CHART_DAYS, historyChart, type HistoryChart } from './chart';
import {
  chartSummary,
  insightText,
  nightsText,
  nudgeReasons,
  ruleTexts,
  skippedText,
  streakText,
  trendText,
} from './copy';
import { pickFactors, type Factors } from './factors';
import { addDays, localDateOf } from './local-date';
import { lastNightText, morningsFrom, nightBefore, nightsByDate } from './mornings';
import { MAX_NOTE_LENGTH, type HistoryRecord } from './records';
import {
  compareRoutine,
  latestCheckins,
  nudgeHidden,
  persistence,
  routineNights,
  RULES,
  streak,
  trend,
} from './stats';
import { whatHelps, type WhatHelps } from './what-helps';

export interface HistoryDay {
  readonly date: string;
  /** "Tue 24 Nov" (en-GB), "Tue, Nov 24" (en-US): the regional format's words and order. */
  readonly label: string;
  /** That morning's soreness (the latest entry for the date), or null when not logged. */
  readonly soreness: number | null;
  /** A routine was done on this date's evening. */
  readonly routine: boolean;
}

export interface HistoryNudge {
  /** Which rule was met, with its numbers. */
  readonly reasons: readonly string[];
  /** The article's advice (S5) and the urgent-care red flags, from the help content. */
  readonly sections: readonly HelpSection[];
  /** That this is not a diagnosis. */
  readonly caveat: string;
  /** How long "Hide" hides it. */
  readonly dismissDays: number;
}

export interface HistoryViewModel {
  /** This morning (the local date in main's zone) and what is logged for it so far. */
  readonly today: {
    readonly date: string;
    readonly label: string;
    readonly soreness: number | null;
    readonly note: string;
    /** The quick factors logged for this morning so far. */
    readonly factors: Factors;
    /** Last night's routine as the history has it ("Last night: the Quick routine, with heat."). */
    readonly lastNight: string;
  };
  readonly noteMax: number;
  /** The last CHART_DAYS dates, oldest first, ending today. */
  readonly days: readonly HistoryDay[];
  readonly chart: HistoryChart;
  readonly chartSummary: string;
  /** How many of the nights shown had a routine, for the calendar strip. */
  readonly nightsText: string;
  readonly streak: number;
  readonly streakText: string;
  readonly insight: string;
  readonly trend: string;
  /** After a sore morning's check-in: the offer of the Morning preset, else null. */
  readonly loosenUp: LoosenUpOffer | null;
  /** "What seems to help": habits that go with lower or higher soreness, once there is enough data. */
  readonly helps: WhatHelps;
  readonly nudge: HistoryNudge | null;
  /** "How Unknot decides to suggest a check-up". */
  readonly rules: readonly string[];
  /** "N lines of your history could not be read and were skipped", or null. */
  readonly skipped: string | null;
}

export interface LoosenUpOffer {
  readonly text: string;
  readonly button: string;
}

export interface HistoryInputs {
  readonly records: readonly HistoryRecord[];
  readonly skippedLines: number;
  readonly nowMs: number;
  readonly timeZone: string;
  /** The tag dates are written in (locale/calendar.ts displayLocale). */
  readonly locale: string;
  /** The insights catalog in the language setting. */
  readonly words: InsightWords;
  /** The routine's own texts in the same language: preset names, the help page's sections. */
  readonly routine: RoutineTexts;
  readonly nudgeDismissedOn: string | null;
}

/** What the history's sentences quote from the routine's content, in the view's language. */
export interface RoutineTexts {
  readonly catalog: { readonly presets: readonly Preset[] };
  readonly help: HelpContent;
}

/** The routine's texts as written (English). */
export const ENGLISH_ROUTINE_TEXTS: RoutineTexts = { catalog: { presets: PRESETS }, help: HELP };

const nudgeSections = (help: HelpContent) =>
  help.sections.filter((s) => s.id === 'see-a-professional' || s.id === 'urgent-care');

/** All the view takes from the moment it is built: two moments that agree on these give one view. */
export interface HistoryMoment {
  /** This morning's local date. */
  readonly today: string;
  /** The night the streak counts back from. */
  readonly tonight: string;
}

export function historyMoment(nowMs: number, timeZone: string): HistoryMoment {
  return { today: localDateOf(nowMs, timeZone), tonight: nightOf(new Date(nowMs), timeZone) };
}

export function buildHistoryView(input: HistoryInputs): HistoryViewModel {
  const { today, tonight } = historyMoment(input.nowMs, input.timeZone);
  const { words } = input;
  const mornings = latestCheckins(input.records);
  const nights = routineNights(input.records);
  const lastNights = nightsByDate(input.records);
  const labelOf = dateFormatter(input.locale, { weekday: 'short', day: 'numeric', month: 'short' });
  const dayMonth = dateFormatter(input.locale, { day: 'numeric', month: 'short' });
  // The chart's weeks begin where the user's week does (Sunday in en-US, Monday in de-DE).
  const weekStart = firstDayOfWeek(input.locale);

  const first = addDays(today, 1 - CHART_DAYS);
  const days: HistoryDay[] = [];
  for (let index = 0; index < CHART_DAYS; index += 1) {
    const date = addDays(first, index);
    days.push({
      date,
      label: labelOf(date),
      soreness: mornings.get(date)?.soreness ?? null,
      routine: nights.has(date),
    });
  }

  const logged = days.flatMap((d) => (d.soreness === null ? [] : [d.soreness]));
  const current = streak(nights, tonight);
  const recentTrend = trend(mornings, today);
  const persist = persistence(mornings, today);
  const reasons = nudgeReasons(persist, recentTrend, words);
  const todays = mornings.get(today);

  return {
    today: {
      date: today,
      label: labelOf(today),
      soreness: todays?.soreness ?? null,
      note: todays?.note ?? '',
      factors: todays ? pickFactors(todays) : {},
      lastNight: lastNightText(nightBefore(lastNights, today), words, input.routine.catalog.presets),
    },
    noteMax: MAX_NOTE_LENGTH,
    days,
    chart: historyChart(
      days.map((d) => d.soreness),
      days.map((d) => d.routine),
      (index) => {
        const date = addDays(first, index);
        return isoWeekdayOfDate(date) === weekStart ? dayMonth(date) : null;
      },
    ),
    chartSummary: chartSummary(logged, words.span({ from: dayMonth(first), to: dayMonth(today) }), words),
    nightsText: nightsText(days.filter((d) => d.routine).length, CHART_DAYS, words),
    streak: current,
    streakText: streakText(current, words),
    insight: insightText(compareRoutine(mornings, nights, today), words),
    trend: trendText(recentTrend, words),
    helps: whatHelps(morningsFrom(mornings, lastNights), today, words),
    loosenUp: loosenUpOffer(todays?.soreness ?? null, words, input.routine.catalog.presets),
    nudge:
      reasons.length > 0 && !nudgeHidden(input.nudgeDismissedOn, today)
        ? {
            reasons,
            caveat: words.nudgeCaveat(),
            sections: nudgeSections(input.routine.help),
            dismissDays: RULES.dismissDays,
          }
        : null,
    rules: ruleTexts(words),
    skipped: skippedText(input.skippedLines, words),
  };
}

/** Offered once this morning is logged at RULES.soreAt or more: one button, never a notification. */
export function loosenUpOffer(
  soreness: number | null,
  words: InsightWords,
  presets: readonly Preset[] = PRESETS,
): LoosenUpOffer | null {
  if (soreness === null || soreness < RULES.soreAt) return null;
  const preset = presets.find((p) => p.id === MORNING_PRESET_ID);
  if (preset === undefined) return null;
  const minutes = Math.round(preset.statedSec / 60);
  return {
    text: words.loosenText({ description: preset.description }),
    button: words.loosenButton({ minutes }),
  };
}
