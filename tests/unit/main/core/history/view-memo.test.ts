/**
 * The memo reuses the last view only while everything the view depends on is unchanged, and
 * whatever it answers equals a view built afresh from the same inputs.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../main/core/history/local-date';
import { parseHistory } from '../../../../../main/core/history/parse';
import { createHistoryViewMemo } from '../../../../../main/core/history/view-memo';
import {
  buildHistoryView,
  type HistoryInputs,
  ENGLISH_ROUTINE_TEXTS,
} from '../../../../../main/core/history/view-model';
import { checkinLine, sessionLine } from '../../../../support/history-fixture';
import { TEST_LOCALE } from '../../../../support/fake-shell';
import { EN_INSIGHTS } from '../../../../support/messages';

// Wednesday 25 Nov 2026 in Berlin (UTC+1).
const berlin = (time: string, date = '2026-11-25'): number => Date.parse(`${date}T${time}:00+01:00`);
const TODAY = '2026-11-25';

// Routines on the nights of the 22nd and 23rd, none on the 24th: at 05:00 on the 25th the night
// is still the 24th's (streak 2 counted from the 23rd); from 06:00 it is the 25th's (streak 0).
const records = parseHistory(
  [
    checkinLine(addDays(TODAY, -2), 4),
    sessionLine(addDays(TODAY, -3)),
    sessionLine(addDays(TODAY, -2)),
    checkinLine(TODAY, 3),
  ].join('\n'),
).records;

const inputs = (extra: Partial<HistoryInputs> = {}): HistoryInputs => ({
  records,
  skippedLines: 0,
  nowMs: berlin('07:00'),
  timeZone: 'Europe/Berlin',
  locale: TEST_LOCALE,
  words: EN_INSIGHTS,
  routine: ENGLISH_ROUTINE_TEXTS,
  nudgeDismissedOn: null,
  ...extra,
});

/** The memo's answer, checked against a view built afresh. */
function ask(memo: (input: HistoryInputs) => ReturnType<typeof buildHistoryView>, input: HistoryInputs) {
  const view = memo(input);
  expect(view).toEqual(buildHistoryView(input));
  return view;
}

describe('history view memo', () => {
  it('the same records later the same morning: the very same view, not rebuilt', () => {
    const memo = createHistoryViewMemo();
    const first = ask(memo, inputs());
    expect(ask(memo, inputs({ nowMs: berlin('23:59') }))).toBe(first);
  });

  it('other records (a new answer from the log) are built afresh', () => {
    const memo = createHistoryViewMemo();
    const first = ask(memo, inputs());
    const more = [...records, ...parseHistory(checkinLine(TODAY, 9)).records];
    const next = ask(memo, inputs({ records: more }));
    expect(next).not.toBe(first);
    expect(next.today.soreness).toBe(9);
  });

  it('another regional format is built afresh, in its own date words', () => {
    const memo = createHistoryViewMemo();
    const first = ask(memo, inputs());
    const us = ask(memo, inputs({ locale: 'en-US' }));
    expect(us).not.toBe(first);
    expect(us.today.label).toBe('Wed, Nov 25');
  });

  it('past local midnight the day moves on', () => {
    const memo = createHistoryViewMemo();
    ask(memo, inputs({ nowMs: berlin('23:59') }));
    const next = ask(memo, inputs({ nowMs: berlin('00:00', '2026-11-26') }));
    expect(next.today.date).toBe('2026-11-26');
  });

  it('past 06:00 the streak counts from the new night', () => {
    const memo = createHistoryViewMemo();
    expect(ask(memo, inputs({ nowMs: berlin('05:00') })).streak).toBe(2);
    expect(ask(memo, inputs({ nowMs: berlin('06:00') })).streak).toBe(0);
  });

  it('a dismissal, a skipped-line count, or a zone that moves the date, is built afresh', () => {
    const memo = createHistoryViewMemo();
    const first = ask(memo, inputs());
    expect(ask(memo, inputs({ nudgeDismissedOn: TODAY }))).not.toBe(first);
    expect(ask(memo, inputs({ nudgeDismissedOn: TODAY, skippedLines: 2 })).skipped).not.toBeNull();
    const tokyo = ask(memo, inputs({ nudgeDismissedOn: TODAY, skippedLines: 2, timeZone: 'Asia/Tokyo' }));
    expect(tokyo.today.date).toBe(TODAY);
    expect(ask(memo, inputs({ nowMs: berlin('20:00'), timeZone: 'Asia/Tokyo' })).today.date).toBe(
      '2026-11-26',
    );
  });
});
