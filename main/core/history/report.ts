/**
 * The one-page report for a physiotherapist or doctor: a pure function of the records, the chosen
 * period, the moment and the locale. Everything a clinician reads in a minute (the chart, the
 * average, worst and best, how the mornings spread over the scale, the nights with the routine,
 * what seems to help, the check-up rules met) is reused from the history view's own rules, so the
 * page and the app never disagree. Every word of the page is here; the page only lays it out.
 */
import { PRESETS } from '../routine/presets';
import type { PresetId } from '../routine/types';
import { historyChart, type HistoryChart } from './chart';
import { chartSummary, nudgeReasons } from './copy';
import { addDays } from './local-date';
import { morningsWithNights, nightBefore, nightsByDate } from './mornings';
import { RATING_RANGE } from './rating';
import type { HistoryRecord } from './records';
import { paperForLocale, type Paper, type ReportOptions } from './report-options';
import { latestCheckins, persistence, trend } from './stats';
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

export const REPORT_TEXT = {
  title: 'Morning upper-back soreness',
  disclaimer: "This page summarises the person's own log, kept in Unknot; it is not a diagnosis.",
  scale: `Soreness is rated each morning from ${RATING_RANGE.min} (none) to ${RATING_RANGE.max} (worst imaginable).`,
  nothingLogged: 'none logged',
  noCheckup: 'None of Unknot’s check-up rules is met.',
  headings: {
    soreness: 'Morning soreness',
    bands: 'Mornings by score',
    nights: 'Evening routine',
    chart: 'Day by day',
    helps: 'What seems to help',
    checkup: 'Check-up rules met',
    notes: 'Notes from the log',
  },
  legend: 'Line and dots: soreness each morning. Grey columns: nights with the routine.',
} as const;

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
  readonly headings: (typeof REPORT_TEXT)['headings'];
  readonly legend: string;
}

export interface ReportInputs {
  readonly records: readonly HistoryRecord[];
  readonly options: ReportOptions;
  readonly nowMs: number;
  readonly timeZone: string;
  /** The system locale: the paper, and how dates are written. */
  readonly locale: string;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const share = (part: number, whole: number): string =>
  whole === 0 ? '' : ` (${Math.round((100 * part) / whole)}%)`;

export function buildReport(input: ReportInputs): ReportModel {
  const { options, locale } = input;
  const { today } = historyMoment(input.nowMs, input.timeZone);
  const days = options.weeks * 7;
  const first = addDays(today, 1 - days);
  // Calendar dates are UTC midnights here, so no zone can shift them (as in the view model).
  const dateFormat = (withYear: boolean) =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
  const short = dateFormat(false);
  const long = dateFormat(true);
  const labelOf = (date: string, f = long): string => f.format(new Date(`${date}T00:00:00Z`));

  const mornings = latestCheckins(input.records);
  const nights = nightsByDate(input.records);
  const dates = Array.from({ length: days }, (_, index) => addDays(first, index));
  const soreness = dates.map((date) => mornings.get(date)?.soreness ?? null);
  const logged = soreness.filter((s): s is number => s !== null);
  const span = `${labelOf(first, short)} to ${labelOf(today, short)}`;

  return {
    options,
    paper: paperForLocale(locale),
    title: REPORT_TEXT.title,
    period: `${options.weeks} weeks: ${labelOf(first)} to ${labelOf(today)}`,
    made: `Made on ${labelOf(today)} from the log kept in the Unknot app.`,
    scale: REPORT_TEXT.scale,
    chart: historyChart(
      soreness,
      dates.map((date) => nights.has(date)),
      // A label each week from the period's first day (the report's weeks are the period's own).
      (index) => (index % 7 === 0 ? labelOf(addDays(first, index), short) : null),
    ),
    chartSummary: chartSummary(logged, span),
    soreness: sorenessFigures(logged, days),
    bands: REPORT_BANDS.map((band) => {
      const n = logged.filter((s) => s >= band.min && s <= band.max).length;
      return { label: `${band.min}–${band.max}`, value: `${count(n, 'morning')}${share(n, logged.length)}` };
    }),
    nights: nightFigures(dates.map((date) => nightBefore(nights, date))),
    helps: helpLines(input.records, today, days),
    notes: options.notes ? notesOf(dates, mornings, labelOf) : null,
    checkup: checkupMet(mornings, today),
    disclaimer: REPORT_TEXT.disclaimer,
    headings: REPORT_TEXT.headings,
    legend: REPORT_TEXT.legend,
  };
}

function sorenessFigures(logged: readonly number[], days: number): ReportFigure[] {
  const none = REPORT_TEXT.nothingLogged;
  const sum = logged.reduce((a, b) => a + b, 0);
  // Math.min/max over a spread array would overflow the stack on a long span; a loop never does.
  let worst: number | null = null;
  let best: number | null = null;
  for (const s of logged) {
    worst = worst === null || s > worst ? s : worst;
    best = best === null || s < best ? s : best;
  }
  const outOf = (value: string) => `${value} / ${RATING_RANGE.max}`;
  return [
    { label: 'Mornings logged', value: `${logged.length} of ${days}` },
    { label: 'Average', value: logged.length === 0 ? none : outOf((sum / logged.length).toFixed(1)) },
    { label: 'Worst', value: worst === null ? none : outOf(String(worst)) },
    { label: 'Best', value: best === null ? none : outOf(String(best)) },
  ];
}

/** `before[i]`: the night before the period's i-th morning. */
function nightFigures(before: ReadonlyArray<ReturnType<typeof nightBefore>>): ReportFigure[] {
  const withRoutine = before.filter((n) => n.routine);
  const presets = new Map<PresetId, number>();
  for (const night of withRoutine) {
    if (night.preset !== null) presets.set(night.preset, (presets.get(night.preset) ?? 0) + 1);
  }
  // The most used preset; a tie goes to the one listed first, so the answer never depends on order.
  let usual: { title: string; n: number } | null = null;
  for (const preset of PRESETS) {
    const n = presets.get(preset.id) ?? 0;
    if (n > 0 && (usual === null || n > usual.n)) usual = { title: preset.title, n };
  }
  const heat = withRoutine.filter((n) => n.heatCold === 'heat').length;
  const cold = withRoutine.filter((n) => n.heatCold === 'cold').length;
  const total = withRoutine.length;
  return [
    {
      label: 'Routine nights',
      value: `${total} of ${before.length}${share(total, before.length)}`,
    },
    {
      label: 'Usual routine',
      value: usual === null ? 'none' : `${usual.title} (${usual.n} of ${count(total, 'night')})`,
    },
    {
      label: 'Heat or cold',
      value:
        total === 0
          ? 'none'
          : `heat on ${heat}, cold on ${cold}, neither on ${count(total - heat - cold, 'night')}`,
    },
  ];
}

function helpLines(records: readonly HistoryRecord[], today: string, days: number): ReportModel['helps'] {
  const helps = whatHelps(morningsWithNights(records), today, days);
  // The lines come largest difference first: the ones left out are the smallest.
  const hidden = helps.lines.length - REPORT_MAX_HELP_LINES;
  const more =
    hidden > 0 ? ` ${hidden} smaller ${hidden === 1 ? 'difference is' : 'differences are'} not shown.` : '';
  return {
    lines: helps.lines.slice(0, REPORT_MAX_HELP_LINES).map((l) => l.text),
    note: helps.needed ?? `${helps.caveat}${more}`,
  };
}

function notesOf(
  dates: readonly string[],
  mornings: ReturnType<typeof latestCheckins>,
  labelOf: (date: string) => string,
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
        ? 'No notes were written in this period.'
        : hidden > 0
          ? `The ${count(shown.length, 'latest note')} of ${written.length}; ${hidden} earlier ${hidden === 1 ? 'is' : 'are'} not shown.`
          : null,
  };
}

function checkupMet(mornings: ReturnType<typeof latestCheckins>, today: string): readonly string[] {
  const met = nudgeReasons(persistence(mornings, today), trend(mornings, today));
  return met.length > 0 ? met : [REPORT_TEXT.noCheckup];
}
