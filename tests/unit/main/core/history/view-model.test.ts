import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_DAYS } from '../../../../../main/core/history/chart';
import { addDays } from '../../../../../main/core/history/local-date';
import { parseHistory } from '../../../../../main/core/history/parse';
import { RULES } from '../../../../../main/core/history/stats';
import {
  buildHistoryView,
  type HistoryInputs,
  ENGLISH_ROUTINE_TEXTS,
} from '../../../../../main/core/history/view-model';
import { checkinLine, sessionLine, writeTenYearHistory } from '../../../../support/history-fixture';
import { TEST_LOCALE } from '../../../../support/fake-shell';
import { EN_INSIGHTS } from '../../../../support/messages';

// Tuesday 24 Nov 2026, 09:00 in Berlin.
const NOW = Date.parse('2026-11-24T08:00:00Z');
const TODAY = '2026-11-24';

function view(lines: readonly string[], extra: Partial<HistoryInputs> = {}) {
  const { records, skipped } = parseHistory(lines.join('\n'));
  return buildHistoryView({
    records,
    skippedLines: skipped.length,
    nowMs: NOW,
    timeZone: 'Europe/Berlin',
    locale: TEST_LOCALE,
    words: EN_INSIGHTS,
    routine: ENGLISH_ROUTINE_TEXTS,
    nudgeDismissedOn: null,
    ...extra,
  });
}

/** Soreness `value` on each of the `count` mornings ending `lastDaysAgo` days before today. */
const run = (count: number, value: number, lastDaysAgo = 0): string[] =>
  Array.from({ length: count }, (_, i) => checkinLine(addDays(TODAY, -(lastDaysAgo + i)), value));

describe('history view model', () => {
  it('gives 56 days, oldest first, and chart paths for logged mornings and routine nights only', () => {
    const model = view([
      checkinLine(TODAY, 10),
      checkinLine(addDays(TODAY, -2), 0),
      sessionLine(addDays(TODAY, -1)),
    ]);
    expect(model.days).toHaveLength(CHART_DAYS);
    expect(model.days[0]?.date).toBe(addDays(TODAY, -55));
    expect(model.days.slice(-3)).toEqual([
      { date: '2026-11-22', label: 'Sun 22 Nov', soreness: 0, routine: false },
      { date: '2026-11-23', label: 'Mon 23 Nov', soreness: null, routine: true },
      { date: TODAY, label: 'Tue 24 Nov', soreness: 10, routine: false },
    ]);
    const { chart } = model;
    // Day i sits at x = 30 + i * 598 / 56; soreness 10 at the top (y 10), 0 at the bottom (y 164).
    // The line is broken where a morning is missing: two moves, no segment between them.
    expect(chart.line).toBe('M596 164M617.3 10');
    expect(chart.dots.split('M')).toHaveLength(3);
    expect(chart.bands).toBe('M606.6 10h10.7v154h-10.7z');
    expect(chart.stripOn).toBe('M607.6 3h8.7v18h-8.7z');
    expect(chart.stripCells.split('M')).toHaveLength(CHART_DAYS + 1);
    // Weeks are labelled where the regional format's week begins: Mondays in en-GB.
    expect(chart.labels.filter((l) => l.anchor === 'start').map((l) => l.text)).toEqual([
      '5 Oct',
      '12 Oct',
      '19 Oct',
      '26 Oct',
      '2 Nov',
      '9 Nov',
      '16 Nov',
      '23 Nov',
    ]);
    expect(chart.labels.filter((l) => l.anchor === 'end').map((l) => l.text)).toEqual(['0', '5', '10']);
    expect(model.today).toEqual({
      date: TODAY,
      label: 'Tue 24 Nov',
      soreness: 10,
      note: '',
      factors: {},
      lastNight: 'Last night: the Standard routine.',
    });
    expect(model.nightsText).toBe('A routine on 1 night of the last 56.');
    expect(model.streakText).toBe('1 night.');
  });

  it("writes dates in the regional format and starts the chart's weeks on its first day", () => {
    const us = view([checkinLine(TODAY, 3)], { locale: 'en-US' });
    expect(us.today.label).toBe('Tue, Nov 24');
    expect(us.days.at(-1)?.label).toBe('Tue, Nov 24');
    // en-US weeks start on Sunday: 4 Oct 2026 … 22 Nov 2026.
    const weeks = us.chart.labels.filter((l) => l.anchor === 'start').map((l) => l.text);
    expect(weeks[0]).toBe('Oct 4');
    expect(weeks.at(-1)).toBe('Nov 22');
    expect(us.chartSummary).toContain('Sep 30 to Nov 24');
    const de = view([checkinLine(TODAY, 3)], { locale: 'de-DE' });
    expect(de.today.label).toBe('Di., 24. Nov.');
  });

  it("prefills today's latest entry, note included", () => {
    const model = view([checkinLine(TODAY, 6, 'stiff'), checkinLine(TODAY, 4, 'better after a shower')]);
    expect(model.today).toMatchObject({ soreness: 4, note: 'better after a shower' });
  });

  it('says how many damaged lines were skipped, and still shows the rest', () => {
    const model = view(['{"v":1,"type":"chec', checkinLine(TODAY, 3), 'not json', '{"v":2}']);
    expect(model.skipped).toBe('3 lines of your history could not be read and were skipped.');
    expect(model.today.soreness).toBe(3);
    expect(view([checkinLine(TODAY, 3)]).skipped).toBeNull();
  });

  it('states the insight and the trend with their numbers, or what they still need', () => {
    const lines: string[] = [];
    for (let k = 1; k <= 12; k += 1) {
      lines.push(checkinLine(addDays(TODAY, -k), k % 2 === 1 ? 2 : 5));
      if (k % 2 === 1) lines.push(sessionLine(addDays(TODAY, -k - 1)));
    }
    expect(view(lines).insight).toBe(
      'Over the last 28 days, mornings after a routine night averaged 2.0 out of 10 (6 mornings); other mornings averaged 5.0 (6 mornings): 3.0 lower after a routine.',
    );
    expect(view(lines.slice(0, 6)).insight).toMatch(
      /needs at least 5 of each in the last 28 days \(so far: 2 after a routine, 2 without\)/,
    );
    expect(view([...run(5, 6, 0), ...run(5, 3, 14)]).trend).toBe(
      'Last 14 days: average 6.0 out of 10 (5 mornings); the 14 days before: 3.0 (5 mornings): up 3.0.',
    );
  });

  it('shows the check-up card with its reasons, the S5 advice and the red flags', () => {
    const model = view([...run(13, 6, 1), ...run(14, 2, 14)]);
    expect(model.nudge?.reasons).toEqual([
      'Your back was sore (4 or more out of 10) on 13 of the last 14 mornings you logged.',
      'Your average morning soreness rose by 4.0: 6.0 over the last 14 days against 2.0 the 14 days before.',
    ]);
    expect(model.nudge?.sections.map((s) => s.id)).toEqual(['see-a-professional', 'urgent-care']);
    expect(model.nudge?.sections[0]?.items.every((item) => item.source.article === 'S5')).toBe(true);
    expect(model.nudge?.caveat).toMatch(/not a diagnosis/);
    expect(view(run(14, 3)).nudge).toBeNull();
  });

  it('keeps a dismissed card hidden for 14 days, then shows it again', () => {
    const lines = run(14, 7);
    expect(view(lines, { nudgeDismissedOn: TODAY }).nudge).toBeNull();
    expect(view(lines, { nudgeDismissedOn: addDays(TODAY, 1 - RULES.dismissDays) }).nudge).toBeNull();
    expect(view(lines, { nudgeDismissedOn: addDays(TODAY, -RULES.dismissDays) }).nudge).not.toBeNull();
  });

  it('documents the exact thresholds it uses', () => {
    const rules = view([]).rules.join(' ');
    for (const words of [
      '4 or more out of 10 on at least 10 of your last 14 logged mornings',
      'only mornings from the last 28 days count',
      'at least 2 points higher than over the 14 days before, with at least 5 logged mornings in each',
      'hidden for 14 days',
      'not a diagnosis',
    ]) {
      expect(rules).toContain(words);
    }
  });

  it('builds the view for a ten-year history (7,300 lines)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'unknot-10y-'));
    try {
      expect(await writeTenYearHistory(dir, addDays(TODAY, -1))).toBe(7300);
      const text = await readFile(join(dir, 'history.jsonl'), 'utf8');
      const build = () => {
        const { records, skipped } = parseHistory(text);
        const inputs = {
          records,
          skippedLines: skipped.length,
          nowMs: NOW,
          timeZone: 'Europe/Berlin',
          locale: TEST_LOCALE,
          words: EN_INSIGHTS,
          routine: ENGLISH_ROUTINE_TEXTS,
          nudgeDismissedOn: null,
        };
        return { records, model: buildHistoryView(inputs) };
      };
      const { records, model } = build();
      expect(records).toHaveLength(7300);
      expect(model.streak).toBe(3650);
      expect(model.days.filter((d) => d.soreness !== null)).toHaveLength(55);
      // Its speed is npm run bench's historyRender figure (10 years against 1 year, same run), never a timed assertion here.
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
