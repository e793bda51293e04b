/**
 * The one-page report for a physiotherapist or doctor: a pure function of the records, the chosen
 * period, the moment and the locale. Everything a clinician reads in a minute (the chart, the
 * average, worst and best, how the mornings spread over the scale, the nights with the routine,
 * what seems to help, the check-up rules met) is reused from the history view's own rules, so the
 * page and the app never disagree. Every word of the page is built here, from the report catalog
 * in the language setting (locale/<language>/report.ts); the page only lays it out.
 */
import type { InsightWords, ReportMessages } from '../locale/main-messages';
import { PRESETS } from '../routine/presets';
import type { Preset, PresetId } from '../routine/types';
import { dateFormatter } from '../locale/calendar';
import { historyChart, type HistoryChart } from './chart';
import { chartSummary, nudgeReasons } from './copy';
import { addDays } from './local-date';
import { morningsFrom, nightBefore, nightsByDate } from './mornings';
import { RATING_RANGE } from './rating';
import type { HistoryRecord } from './records';
import { paperForLocale, type Paper, type ReportOptions } from './report-options';
import { averageOf, latestCheckins, persistence, sorenessSummary, trend } from './stats';
import { historyMoment } from './view-model';
import { whatHelps } from './what-helps';

/** The spread over the scale that clinicians read first: mild, moderate, severe, by count. */
export const REPORT_BANDS = [
  { min: RATING_RANGE.min, max: 4 },
  { min: 5, max: 6 },
  { min: 7, max: RATING_RANGE.max },
] as const;

/**
 * What one page holds beside the figures and the chart, worst case on Letter (the e2e prints it):
 * the largest help lines, and the newest notes at their full length (the latest say the most).
 */
export const REPORT_MAX_HELP_LINES = 6;
export const REPORT_MAX_NOTES = 5;

export interface ReportHeadings {
  readonly soreness: string;
  readonly bands: string;
  readonly nights: string;
  readonly chart: string;
  readonly helps: string;
  readonly checkup: string;
  readonly notes: string;
}

export interface ReportFigure {
  readonly label: string;
  readonly value: string;
}

export interface ReportNote {
  readonly date: string;
  readonly label: string;
  readonly text: string;
}

export interface ReportModel {
  readonly options: ReportOptions;
  readonly paper: Paper;
  readonly title: string;
  /** "8 weeks: 6 Oct 2026 to 30 Nov 2026". */
  readonly period: string;
  readonly made: string;
  readonly scale: string;
  readonly chart: HistoryChart;
  readonly chartSummary: string;
  /** Mornings logged, average, worst, best. */
  readonly soreness: readonly ReportFigure[];
  /** How many mornings fell in each band of REPORT_BANDS. */
  readonly bands: readonly ReportFigure[];
  /** Nights with the routine: count and share, usual preset, heat or cold. */
  readonly nights: readonly ReportFigure[];
  readonly helps: { readonly lines: readonly string[]; readonly note: string };
  /** Null unless the person chose to include them (an empty list: chosen, none written). */
  readonly notes: { readonly shown: readonly ReportNote[]; readonly more: string | null } | null;
  /** The check-up rules met at the end of the period, in the history view's words. */
  readonly checkup: readonly string[];
  readonly disclaimer: string;
  /** The page's headings and the chart's legend (the page ships no words of its own). */
  readonly headings: ReportHeadings;
  readonly legend: string;
}

export interface ReportInputs {
  readonly records: readonly HistoryRecord[];
  readonly options: ReportOptions;
  readonly nowMs: number;
  readonly timeZone: string;
  /** The system locale: the paper. */
  readonly locale: string;
  /** How dates are written: the UI's language with the region's order (calendar.ts displayLocale). */
  readonly dateLocale: string;
  /** The report catalog in the language setting. */
  readonly words: ReportMessages;
  /** The history view's sentences the report quotes (the chart, what helps, the check-up rules). */
  readonly insights: InsightWords;
  /** The presets as the routine names them in the same language (the usual routine). */
  readonly presets?: readonly Preset[];
}

/** "3 of 5 (60%)": a value with its share of a whole, or alone when the whole is nothing. */
function withShare(words: ReportMessages, value: string, part: number, whole: number): string {
  return whole === 0 ? value : words.withShare({ value, percent: Math.round((100 * part) / whole) });
}

export function buildReport(input: ReportInputs): ReportModel {
  const { options, words } = input;
  const { today } = historyMoment(input.nowMs, input.timeZone);
  const days = options.weeks * 7;
  const first = addDays(today, 1 - days);
  const short = dateFormatter(input.dateLocale, { day: 'numeric', month: 'short' });
  const long = dateFormatter(input.dateLocale, { day: 'numeric', month: 'short', year: 'numeric' });

  const mornings = latestCheckins(input.records);
  const nights = nightsByDate(input.records);
  const dates = Array.from({ length: days }, (_, index) => addDays(first, index));
  const soreness = dates.map((date) => mornings.get(date)?.soreness ?? null);
  const logged = soreness.filter((s): s is number => s !== null);
  const span = input.insights.span({ from: short(first), to: short(today) });

  return {
    options,
    paper: paperForLocale(input.locale),
    title: words.title(),
    period: words.period({ weeks: options.weeks, from: long(first), to: long(today) }),
    made: words.made({ date: long(today) }),
    scale: words.scale(RATING_RANGE),
    chart: historyChart(
      soreness,
      dates.map((date) => nights.has(date)),
      // A label each week from the period's first day (the report's weeks are the period's own).
      (index) => (index % 7 === 0 ? short(addDays(first, index)) : null),
    ),
    chartSummary: chartSummary(logged, span, input.insights),
    soreness: sorenessFigures(logged, days, words),
    bands: REPORT_BANDS.map((band) => {
      const n = logged.filter((s) => s >= band.min && s <= band.max).length;
      return {
        label: `${band.min}–${band.max}`,
        value: withShare(words, words.mornings({ count: n }), n, logged.length),
      };
    }),
    nights: nightFigures(
      dates.map((date) => nightBefore(nights, date)),
      words,
      input.presets ?? PRESETS,
    ),
    helps: helpLines(morningsFrom(mornings, nights), today, days, input),
    notes: options.notes ? notesOf(dates, mornings, long, words) : null,
    checkup: checkupMet(mornings, today, input),
    disclaimer: words.disclaimer(),
    headings: {
      soreness: words.headingSoreness(),
      bands: words.headingBands(),
      nights: words.headingNights(),
      chart: words.headingChart(),
      helps: words.headingHelps(),
      checkup: words.headingCheckup(),
      notes: words.headingNotes(),
    },
    legend: words.legend(),
  };
}

function sorenessFigures(logged: readonly number[], days: number, words: ReportMessages): ReportFigure[] {
  const none = words.nothingLogged();
  const summary = sorenessSummary(logged);
  const outOf = (value: string) => words.outOf({ value, max: RATING_RANGE.max });
  return [
    { label: words.morningsLogged(), value: words.countOf({ count: logged.length, total: days }) },
    { label: words.average(), value: summary ? outOf(words.decimal(averageOf(summary))) : none },
    { label: words.worst(), value: summary ? outOf(String(summary.highest)) : none },
    { label: words.best(), value: summary ? outOf(String(summary.lowest)) : none },
  ];
}

/** `before[i]`: the night before the period's i-th morning. */
function nightFigures(
  before: ReadonlyArray<ReturnType<typeof nightBefore>>,
  words: ReportMessages,
  presetList: readonly Preset[],
): ReportFigure[] {
  const withRoutine = before.filter((n) => n.routine);
  const presets = new Map<PresetId, number>();
  for (const night of withRoutine) {
    if (night.preset !== null) presets.set(night.preset, (presets.get(night.preset) ?? 0) + 1);
  }
  // The most used preset; a tie goes to the one listed first, so the answer never depends on order.
  let usual: { title: string; n: number } | null = null;
  for (const preset of presetList) {
    const n = presets.get(preset.id) ?? 0;
    if (n > 0 && (usual === null || n > usual.n)) usual = { title: preset.title, n };
  }
  const heat = withRoutine.filter((n) => n.heatCold === 'heat').length;
  const cold = withRoutine.filter((n) => n.heatCold === 'cold').length;
  const total = withRoutine.length;
  return [
    {
      label: words.routineNights(),
      value: withShare(words, words.countOf({ count: total, total: before.length }), total, before.length),
    },
    {
      label: words.usualRoutine(),
      value: usual === null ? words.none() : words.usualValue({ title: usual.title, count: usual.n, total }),
    },
    {
      label: words.heatOrCold(),
      value: total === 0 ? words.none() : words.heatColdValue({ heat, cold, neither: total - heat - cold }),
    },
  ];
}

function helpLines(
  logged: ReturnType<typeof morningsFrom>,
  today: string,
  days: number,
  { words, insights }: Pick<ReportInputs, 'words' | 'insights'>,
): ReportModel['helps'] {
  const helps = whatHelps(logged, today, insights, days);
  // The lines come largest difference first: the ones left out are the smallest.
  const hidden = helps.lines.length - REPORT_MAX_HELP_LINES;
  const more = hidden > 0 ? ` ${words.helpsHidden({ hidden })}` : '';
  return {
    lines: helps.lines.slice(0, REPORT_MAX_HELP_LINES).map((l) => l.text),
    note: helps.needed ?? `${helps.caveat}${more}`,
  };
}

function notesOf(
  dates: readonly string[],
  mornings: ReturnType<typeof latestCheckins>,
  labelOf: (date: string) => string,
  words: ReportMessages,
): NonNullable<ReportModel['notes']> {
  const written = dates.flatMap((date) => {
    const text = mornings.get(date)?.note;
    return text ? [{ date, label: labelOf(date), text }] : [];
  });
  const shown = written.slice(-REPORT_MAX_NOTES);
  const hidden = written.length - shown.length;
  return {
    shown,
    more:
      written.length === 0
        ? words.noNotes()
        : hidden > 0
          ? words.notesHidden({ shown: shown.length, written: written.length, hidden })
          : null,
  };
}

function checkupMet(
  mornings: ReturnType<typeof latestCheckins>,
  today: string,
  { words, insights }: Pick<ReportInputs, 'words' | 'insights'>,
): readonly string[] {
  const met = nudgeReasons(persistence(mornings, today), trend(mornings, today), insights);
  return met.length > 0 ? met : [words.noCheckup()];
}
