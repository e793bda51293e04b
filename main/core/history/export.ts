import { FACTOR_KEYS } from './factors';
import type { HistoryRecord } from './records';

const COLUMNS = [
  'type',
  'night_or_date',
  'started_at',
  'ended_at',
  'preset',
  'completed',
  'steps_done',
  'steps_skipped',
  'rating_before',
  'rating_after',
  'heat_or_cold',
  'checkin_at',
  'soreness',
  'note',
  // The check-in's quick factors (record version 2), in FACTOR_KEYS order.
  'slept_on',
  'pillow',
  'lifting_or_sport',
  'stress',
] as const;

/** RFC 4180 quoting; a leading =,+,-,@ is defused so a spreadsheet never runs a note as a formula. */
function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** History as CSV, one row per record, sessions and check-ins in file order. */
export function historyToCsv(records: readonly HistoryRecord[]): string {
  const rows = records.map((r) =>
    r.type === 'session'
      ? [
          'session',
          r.night,
          r.startedAt,
          r.endedAt,
          r.preset,
          r.completed,
          r.stepsDone.join(' '),
          r.stepsSkipped.join(' '),
          r.ratingBefore,
          r.ratingAfter,
          r.heatCold,
          undefined,
          undefined,
          undefined,
          ...FACTOR_KEYS.map(() => undefined),
        ]
      : [
          'checkin',
          r.localDate,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          r.at,
          r.soreness,
          r.note,
          ...FACTOR_KEYS.map((key) => r[key]),
        ],
  );
  return [COLUMNS.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
}
