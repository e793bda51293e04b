import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../main/core/history/local-date';
import { parseHistory } from '../../../../../main/core/history/parse';
import type { HistoryRecord, SessionRecord } from '../../../../../main/core/history/records';
import { buildReport, REPORT_MAX_NOTES, type ReportInputs } from '../../../../../main/core/history/report';
import {
  paperForLocale,
  reportOptionsFromSearch,
  reportQuery,
} from '../../../../../main/core/history/report-options';
import { mainMessages } from '../../../../../main/core/locale/main-messages';
import { checkinLine, writeTenYearHistory } from '../../../../support/history-fixture';
import { EN_INSIGHTS } from '../../../../support/messages';

const EN_REPORT = mainMessages('en').report;

// Tuesday 24 Nov 2026, 09:00 in Berlin.
const NOW = Date.parse('2026-11-24T08:00:00Z');
const TODAY = '2026-11-24';

const checkin = (date: string, soreness: number, note?: string): HistoryRecord =>
  parseHistory(checkinLine(date, soreness, note)).records[0] as HistoryRecord;

function session(night: string, extra: Partial<SessionRecord> = {}): SessionRecord {
  return {
    v: 2,
    type: 'session',
    startedAt: `${night}T20:30:00.000Z`,
    endedAt: `${night}T20:42:00.000Z`,
    night,
    preset: 'standard',
    stepsDone: ['settle-in'],
    stepsSkipped: [],
    completed: true,
    ...extra,
  };
}

function report(records: readonly HistoryRecord[], extra: Partial<ReportInputs> = {}) {
  return buildReport({
    records,
    options: { weeks: 8, notes: false },
    nowMs: NOW,
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
    dateLocale: 'en-GB',
    words: EN_REPORT,
    insights: EN_INSIGHTS,
    ...extra,
  });
}

const figure = (figures: ReadonlyArray<{ label: string; value: string }>, label: string) =>
  figures.find((f) => f.label === label)?.value;

describe('the one-page report model', () => {
  it('speaks the language setting: German words, dates in German in the region\u2019s order', () => {
    const r = report([checkin(TODAY, 4)], {
      dateLocale: 'de-GB',
      words: mainMessages('de').report,
    });
    expect(r.period).toBe('8 Wochen: 30. Sept. 2026 bis 24. Nov. 2026');
    expect(r.disclaimer).toBe(
      'Diese Seite fasst den eigenen Verlauf der Person in Unknot zusammen; sie ist keine Diagnose.',
    );
    expect(r.soreness[0]).toEqual({ label: 'Eingetragene Morgen', value: '1 von 56' });
    expect(r.soreness[1]).toEqual({ label: 'Durchschnitt', value: '4,0 / 10' });
    expect(r.bands[0]).toEqual({ label: '0–4', value: '1 Morgen (100 %)' });
    expect(r.paper).toBe('A4');
  });

  it('words its plurals in Spanish', () => {
    const r = report([checkin(TODAY, 4), checkin(addDays(TODAY, -1), 5)], {
      dateLocale: 'es-ES',
      words: mainMessages('es').report,
    });
    expect(r.bands.map((b) => b.value)).toEqual(['1 mañana (50 %)', '1 mañana (50 %)', '0 mañanas (0 %)']);
  });

  it('with an empty history says so plainly, never NaN, and still carries the disclaimer', () => {
    const r = report([]);
    expect(r.period).toBe('8 weeks: 30 Sept 2026 to 24 Nov 2026');
    expect(r.soreness).toEqual([
      { label: 'Mornings logged', value: '0 of 56' },
      { label: 'Average', value: 'none logged' },
      { label: 'Worst', value: 'none logged' },
      { label: 'Best', value: 'none logged' },
    ]);
    expect(r.bands.map((b) => b.value)).toEqual(['0 mornings', '0 mornings', '0 mornings']);
    expect(r.nights).toEqual([
      { label: 'Routine nights', value: '0 of 56 (0%)' },
      { label: 'Usual routine', value: 'none' },
      { label: 'Heat or cold', value: 'none' },
    ]);
    expect(r.helps.lines).toEqual([]);
    expect(r.helps.note).toMatch(
      /^Nothing to show yet: at least 10 more mornings are needed .* last 8 weeks/,
    );
    expect(r.checkup).toEqual([EN_REPORT.noCheckup()]);
    expect(r.notes).toBeNull();
    expect(r.chart.dots).toBe('');
    expect(r.disclaimer).toBe(EN_REPORT.disclaimer());
    expect(JSON.stringify(r)).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('sparse: average, worst, best and the bands count only logged mornings inside the period', () => {
    const r = report([
      checkin(addDays(TODAY, -56), 10), // the day before the 8 weeks: not counted
      checkin(TODAY, 4),
      checkin(addDays(TODAY, -1), 5),
      checkin(addDays(TODAY, -1), 6), // a later entry replaces the earlier one that morning
      checkin(addDays(TODAY, -55), 7), // the first day of the 8 weeks
      checkin(addDays(TODAY, -20), 0),
    ]);
    expect(figure(r.soreness, 'Mornings logged')).toBe('4 of 56');
    expect(figure(r.soreness, 'Average')).toBe('4.3 / 10');
    expect(figure(r.soreness, 'Worst')).toBe('7 / 10');
    expect(figure(r.soreness, 'Best')).toBe('0 / 10');
    // The band edges: 4 is in 0–4, 5 and 6 in 5–6, 7 in 7–10.
    expect(r.bands).toEqual([
      { label: '0–4', value: '2 mornings (50%)' },
      { label: '5–6', value: '1 morning (25%)' },
      { label: '7–10', value: '1 morning (25%)' },
    ]);
    expect(r.chart.dots.split('M').length - 1).toBe(4);
  });

  it('the period is chosen: 4 weeks leave out what 12 weeks take in, and the chart fits either', () => {
    const records = [checkin(TODAY, 2), checkin(addDays(TODAY, -40), 8)];
    const four = report(records, { options: { weeks: 4, notes: false } });
    const twelve = report(records, { options: { weeks: 12, notes: false } });
    expect(four.period).toBe('4 weeks: 28 Oct 2026 to 24 Nov 2026');
    expect(figure(four.soreness, 'Mornings logged')).toBe('1 of 28');
    expect(figure(twelve.soreness, 'Mornings logged')).toBe('2 of 84');
    expect(figure(twelve.soreness, 'Worst')).toBe('8 / 10');
    // Twelve week labels, and the last day's column ends inside the chart's width.
    expect(twelve.chart.labels.filter((l) => l.anchor === 'start')).toHaveLength(12);
    const lastX = Math.max(...[...twelve.chart.stripCells.matchAll(/M([\d.]+) /g)].map((m) => Number(m[1])));
    expect(lastX).toBeLessThan(twelve.chart.width);
  });

  it('nights: count and share, the usual preset (ties to the first listed), heat or cold', () => {
    const records = [
      session(addDays(TODAY, -1), { preset: 'quick', heatCold: 'heat' }),
      session(addDays(TODAY, -2), { preset: 'quick', heatCold: 'cold' }),
      session(addDays(TODAY, -3), { preset: 'full', heatCold: 'heat' }),
      session(addDays(TODAY, -4), { preset: 'full' }),
      session(addDays(TODAY, -5), { preset: 'morning' }), // the loosen-up is no routine night
      session(addDays(TODAY, -6), { completed: false, stepsDone: [] }), // abandoned: not counted
      session(addDays(TODAY, -56)), // the night before the period's first morning: counted
      session(addDays(TODAY, -57)), // before that: not
    ];
    const r = report(records, { options: { weeks: 8, notes: false } });
    expect(r.nights).toEqual([
      { label: 'Routine nights', value: '5 of 56 (9%)' },
      { label: 'Usual routine', value: 'Quick (2 of 5 nights)' },
      { label: 'Heat or cold', value: 'heat on 2, cold on 1, neither on 2 nights' },
    ]);
  });

  it('notes only when asked, newest few, with how many are left out', () => {
    expect(REPORT_MAX_NOTES).toBe(5);
    const records = Array.from({ length: REPORT_MAX_NOTES + 3 }, (_, i) =>
      checkin(addDays(TODAY, -i), 3, `note ${i}`),
    );
    expect(report(records).notes).toBeNull();
    const r = report(records, { options: { weeks: 8, notes: true } });
    expect(r.notes?.shown.map((n) => n.text)).toEqual(['note 4', 'note 3', 'note 2', 'note 1', 'note 0']);
    expect(r.notes?.shown[0]?.label).toBe('20 Nov 2026');
    expect(r.notes?.more).toBe('The 5 latest notes of 8; 3 earlier are not shown.');
    expect(report([checkin(TODAY, 1)], { options: { weeks: 4, notes: true } }).notes).toEqual({
      shown: [],
      more: 'No notes were written in this period.',
    });
  });

  it('the check-up rules met are the history view’s, in its words', () => {
    const sore = Array.from({ length: 14 }, (_, i) => checkin(addDays(TODAY, -i), 6));
    expect(report(sore).checkup).toEqual([
      'Your back was sore (4 or more out of 10) on 14 of the last 14 mornings you logged.',
    ]);
  });

  it('what seems to help covers the chosen period, not the view’s fixed 8 weeks', () => {
    // Routine nights before 2/10 mornings, others before 6/10: 6 of each, 9 to 10 weeks ago.
    const records: HistoryRecord[] = [];
    for (let i = 0; i < 12; i += 1) {
      const date = addDays(TODAY, -63 - i);
      records.push(checkin(date, i % 2 === 0 ? 2 : 6));
      if (i % 2 === 0) records.push(session(addDays(date, -1)));
    }
    expect(report(records).helps.lines).toEqual([]);
    expect(report(records, { options: { weeks: 12, notes: false } }).helps.lines[0]).toBe(
      'Mornings after a routine averaged 4.0 lower (6 vs 6 mornings).',
    );
  });

  it('dates follow the date locale it is given', () => {
    expect(report([], { locale: 'en-US', dateLocale: 'en-US' }).period).toBe(
      '8 weeks: Sep 30, 2026 to Nov 24, 2026',
    );
  });

  it('ten years (the fixture): only the period counts, and it is built fast', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'unknot-report-10y-'));
    try {
      await writeTenYearHistory(dir, addDays(TODAY, -1));
      const { records } = parseHistory(await readFile(join(dir, 'history.jsonl'), 'utf8'));
      const began = performance.now();
      const r = report(records, { options: { weeks: 12, notes: true } });
      const ms = performance.now() - began;
      // Every morning is logged except today's (the fixture ends last evening), every night a routine.
      expect(figure(r.soreness, 'Mornings logged')).toBe('83 of 84');
      expect(r.nights[0]).toEqual({ label: 'Routine nights', value: '84 of 84 (100%)' });
      expect(r.nights[1]?.value).toBe('Standard (84 of 84 nights)');
      const counts = r.bands.map((b) => Number(b.value.split(' ')[0]));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(83);
      expect(r.notes).toEqual({ shown: [], more: 'No notes were written in this period.' });
      expect(ms).toBeLessThan(1_000); // a loose guard: the bench has the real ratio
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('report options and paper', () => {
  it('Letter where the region uses it, A4 elsewhere and for anything unreadable', () => {
    for (const locale of ['en-US', 'en', 'fr-CA', 'es-MX', 'en-PH', 'en_US.UTF-8', 'es-CO']) {
      expect(paperForLocale(locale), locale).toBe('Letter');
    }
    for (const locale of ['en-GB', 'de', 'de-DE', 'es', 'fr', 'en-AU', 'ja-JP', 'C', 'not a locale', '']) {
      expect(paperForLocale(locale), locale).toBe('A4');
    }
  });

  it('the query round-trips, and unknown values take the defaults (8 weeks, no notes)', () => {
    expect(reportQuery({ weeks: 12, notes: true })).toBe('weeks=12&notes=1');
    expect(reportOptionsFromSearch('?view=report&weeks=12&notes=1')).toEqual({ weeks: 12, notes: true });
    expect(reportOptionsFromSearch('?view=report&weeks=5&notes=yes')).toEqual({ weeks: 8, notes: false });
    expect(reportOptionsFromSearch('')).toEqual({ weeks: 8, notes: false });
  });
});
