import { describe, expect, it } from 'vitest';
import { historyToCsv } from '../../../../../main/core/history/export';
import type { HistoryRecord } from '../../../../../main/core/history/records';

const session: HistoryRecord = {
  v: 2,
  type: 'session',
  startedAt: '2026-11-24T21:30:00.000Z',
  endedAt: '2026-11-24T21:42:00.000Z',
  night: '2026-11-24',
  preset: 'standard',
  stepsDone: ['chin-tuck', 'neck-side-bend'],
  stepsSkipped: [],
  ratingBefore: 6,
  completed: true,
};

describe('historyToCsv', () => {
  it('writes a header and one row per record', () => {
    const csv = historyToCsv([
      session,
      {
        v: 2,
        type: 'checkin',
        at: '2026-11-25T07:05:00.000Z',
        localDate: '2026-11-25',
        soreness: 3,
        note: 'better, "much"',
        sleptOn: 'back',
        lifting: 'yes',
      },
    ]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^type,night_or_date,started_at/);
    expect(lines[0]).toMatch(/,note,slept_on,pillow,lifting_or_sport,stress$/);
    expect(lines[1]).toBe(
      'session,2026-11-24,2026-11-24T21:30:00.000Z,2026-11-24T21:42:00.000Z,standard,true,chin-tuck neck-side-bend,,6,,,,,,,,,',
    );
    expect(lines[2]).toBe(
      'checkin,2026-11-25,,,,,,,,,,2026-11-25T07:05:00.000Z,3,"better, ""much""",back,,yes,',
    );
  });

  it('defuses notes a spreadsheet would run as formulas', () => {
    const csv = historyToCsv([
      {
        v: 2,
        type: 'checkin',
        at: '2026-11-25T07:05:00.000Z',
        localDate: '2026-11-25',
        soreness: 3,
        note: '=HYPERLINK("x")',
      },
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

/** Splits one CSV line the way a spreadsheet does for the given separator, honouring quotes. */
function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"' && current === '') quoted = true;
    else if (c === separator) {
      cells.push(current);
      current = '';
    } else current += c;
  }
  cells.push(current);
  return cells;
}

describe('historyToCsv in every spreadsheet locale', () => {
  const note = 'ok;=1+1,=2+2\t=3+3';
  const csv = historyToCsv([
    { v: 2, type: 'checkin', at: '2026-11-25T07:05:00.000Z', localDate: '2026-11-25', soreness: 3, note },
  ]);
  const row = csv.split('\r\n')[1] ?? '';

  it.each([
    [',', 'English'],
    [';', 'German and French'],
    ['\t', 'tab-separated'],
  ])('split on %j (%s), no cell starts a formula', (separator) => {
    const cells = splitLine(row, separator);
    expect(cells.length).toBeGreaterThan(1);
    for (const text of cells) expect(text).not.toMatch(/^[=+\-@]/);
  });

  it('read as comma-separated, the note stays one cell and reads as written (apart from the defusing marks)', () => {
    const cells = splitLine(row, ',');
    expect(cells).toHaveLength(18);
    expect(cells[13]?.replaceAll("'", '')).toBe(note);
  });
});
