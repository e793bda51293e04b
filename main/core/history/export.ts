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

/**
 * Quoted (RFC 4180) when it holds any separator a spreadsheet may split on: `,`, and `;` or tab
 * in locales whose decimal mark is a comma. Then formula starts are defused with a leading `'`:
 * at the start of the cell, and after each `;` or tab inside it, because a spreadsheet splitting
 * our comma-separated rows on those starts a new cell there, where the quotes are no help.
 */
function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value).replace(/([;\t])(?=[=+\-@])/g, "$1'");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header row's column names, in English (the catalog's `csvHeader` translates them). */
export const CSV_COLUMNS: readonly string[] = COLUMNS;

/** History as CSV, one row per record, sessions and check-ins in file order, under `header`. */
export function historyToCsv(records: readonly HistoryRecord[], header = COLUMNS.join(',')): string {
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
  return [header, ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
}
