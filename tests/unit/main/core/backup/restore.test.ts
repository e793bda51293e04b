import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
  buildBackup,
  serializeBackup,
} from '../../../../../main/core/backup/backup';
import {
  mergeHistory,
  readBackup,
  restoreMessages,
  summarizeBackup,
  type RestorableBackup,
} from '../../../../../main/core/backup/restore';
import { parseHistory } from '../../../../../main/core/history/parse';
import type { HistoryRecord } from '../../../../../main/core/history/records';
import { mainMessages } from '../../../../../main/core/locale/main-messages';
import { defaultSettings } from '../../../../../main/core/settings/defaults';
import { checkinLine, sessionLine } from '../../../../support/history-fixture';

const EN = mainMessages('en').restore;
const M = restoreMessages(EN);
const NOW = Date.parse('2026-11-24T08:30:00Z');
const records = (lines: readonly string[]): HistoryRecord[] => parseHistory(lines.join('\n')).records;
const HISTORY = records([
  checkinLine('2026-11-22', 5, 'stiff'),
  sessionLine('2026-11-22'),
  checkinLine('2026-11-23', 3),
]);

function settings() {
  const value = defaultSettings();
  value.general.firstRunDone = true;
  value.routine.preset = 'quick';
  return value;
}

/** A backup file's text, with `change` applied to the parsed document first. */
function fileText(change: (doc: Record<string, unknown>) => void = () => undefined): string {
  const doc = JSON.parse(serializeBackup(buildBackup(settings(), HISTORY, NOW))) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc, null, 2);
}

const refusal = (text: string, limits = BACKUP_LIMITS): string => {
  const read = readBackup(text, M, limits);
  if (read.ok) throw new Error('expected a refusal');
  return read.error;
};

describe('readBackup', () => {
  it('reads what "Back up everything" writes: the settings and every record as they were', () => {
    expect(readBackup(serializeBackup(buildBackup(settings(), HISTORY, NOW)), M)).toEqual({
      ok: true,
      value: { createdAt: new Date(NOW).toISOString(), settings: settings(), history: HISTORY },
    });
  });

  it('accepts a byte-order mark from an editor', () => {
    expect(readBackup(`\uFEFF${fileText()}`, M).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'bedtime=22:30', M.notJson],
    ['empty', '', M.notJson],
    ['truncated', fileText().slice(0, 400), M.truncated],
    ['foreign JSON', '{"name":"my-app","version":"1.0.0"}', M.foreign],
    ['a JSON list', '[1,2,3]', M.foreign],
    ['another format', fileText((doc) => (doc['format'] = 'unknot-exercise-pack')), M.foreign],
    ['no format', fileText((doc) => delete doc['format']), M.foreign],
    ['a newer version', fileText((doc) => (doc['version'] = BACKUP_VERSION + 1)), M.newer],
    ['no version', fileText((doc) => delete doc['version']), M.noVersion],
    ['a version that is text', fileText((doc) => (doc['version'] = '1')), M.noVersion],
    ['no date', fileText((doc) => delete doc['createdAt']), M.noDate],
    ['no history list', fileText((doc) => (doc['history'] = {})), M.noHistory],
    ['settings from a newer Unknot', fileText((doc) => (doc['settings'] = { version: 99 })), M.newerSettings],
  ])('refuses %s with its own message', (_label, text, message) => {
    expect(refusal(text)).toBe(message);
  });

  it('refuses a file over the byte bound before parsing it', () => {
    const limits = { maxBytes: 1000, maxRecords: 100 };
    expect(refusal(fileText(), limits)).toBe(M.tooLarge(limits));
    expect(M.tooLarge(BACKUP_LIMITS)).toContain('(the limit is 32 MB)');
  });

  it('refuses more records than the bound, counting them before reading any', () => {
    const limits = { maxBytes: BACKUP_LIMITS.maxBytes, maxRecords: 2 };
    const text = fileText((doc) => (doc['history'] = [1, 2, 3]));
    expect(refusal(text, limits)).toBe(M.tooManyRecords(3, limits));
  });

  it('refuses settings that do not validate, naming the field', () => {
    const text = fileText(
      (doc) => ((doc['settings'] as { schedule: { leadMinutes: unknown } }).schedule.leadMinutes = 999),
    );
    const message = refusal(text);
    expect(message).toMatch(
      /^The settings in this backup are not valid \(invalid settings \(schedule\.leadMinutes: /,
    );
    expect(message).toMatch(/Nothing was changed\.$/);
  });

  it('migrates settings of an older version, as settings.json would be', () => {
    const text = fileText((doc) => {
      const old = doc['settings'] as { version: number; routine: Record<string, unknown> };
      old.version = 1;
      delete old.routine['ownSteps'];
    });
    const read = readBackup(text, M);
    expect(read.ok && read.value.settings).toEqual(settings());
  });

  it('refuses the whole file when any record cannot be read, saying how many and the first', () => {
    const text = fileText((doc) => {
      const list = doc['history'] as Array<Record<string, unknown>>;
      list[1] = { ...list[1], preset: 'nightly' };
      (list[2] as Record<string, unknown>)['soreness'] = 11;
    });
    expect(refusal(text)).toBe(
      M.badRecords(2, 3, 2, `preset: Expected one of: quick, standard, full, morning`),
    );
  });

  it('refuses a record of a newer record version, or one that is not a record', () => {
    const newer = fileText((doc) => {
      const list = doc['history'] as Array<Record<string, unknown>>;
      list[0] = { ...list[0], v: 9 };
    });
    expect(refusal(newer)).toBe(M.badRecords(1, 3, 1, 'unsupported record version 9'));
    const junk = fileText((doc) => ((doc['history'] as unknown[])[2] = 'checkin'));
    expect(refusal(junk)).toBe(M.badRecords(1, 3, 3, 'not a JSON object'));
  });

  it('ignores fields a later release added to a record, and reads version-1 records as current', () => {
    const text = fileText((doc) => {
      const list = doc['history'] as Array<Record<string, unknown>>;
      list[0] = { ...list[0], v: 1, mood: 'fine' };
    });
    const read = readBackup(text, M);
    expect(read.ok && read.value.history).toEqual(HISTORY);
  });
});

describe('mergeHistory', () => {
  const current = records([checkinLine('2026-11-20', 2), sessionLine('2026-11-20')]);
  const incoming = records([
    checkinLine('2026-11-19', 6),
    sessionLine('2026-11-19'),
    checkinLine('2026-11-20', 7),
    sessionLine('2026-11-20'),
    checkinLine('2026-11-21', 4),
  ]);

  it('appends only what the current history lacks, in the backup order', () => {
    expect(mergeHistory(current, incoming)).toEqual([incoming[0], incoming[1], incoming[4]]);
  });

  it('a second restore of the same file appends nothing', () => {
    const once = [...current, ...mergeHistory(current, incoming)];
    expect(mergeHistory(once, incoming)).toEqual([]);
  });

  it('keeps a morning already logged here: a restore never overwrites a later check-in', () => {
    const merged = mergeHistory(current, incoming);
    expect(merged.some((r) => r.type === 'checkin' && r.localDate === '2026-11-20')).toBe(false);
  });

  it('knows a routine by the instant it started, however the time is spelled', () => {
    const [session] = records([sessionLine('2026-11-20')]);
    if (session?.type !== 'session') throw new Error('fixture');
    const respelled = { ...session, startedAt: '2026-11-20T22:30:00+01:00' };
    expect(mergeHistory(current, [respelled])).toEqual([]);
    expect(mergeHistory(current, [{ ...session, startedAt: '2026-11-20T21:31:00.000Z' }])).toHaveLength(1);
  });

  it('takes everything into an empty history', () => {
    expect(mergeHistory([], incoming)).toEqual(incoming);
  });
});

describe('summarizeBackup', () => {
  const backup = (history: readonly HistoryRecord[], createdAt: string): RestorableBackup => ({
    createdAt,
    settings: settings(),
    history,
  });
  const context = { locale: 'en-GB', timeZone: 'Europe/Berlin', nowMs: NOW, words: EN };

  it('counts mornings and routine nights and names the day the backup was made', () => {
    const history = records([
      checkinLine('2026-11-10', 4),
      checkinLine('2026-11-10', 3),
      checkinLine('2026-11-11', 5),
      sessionLine('2026-11-10'),
      sessionLine('2026-11-11'),
      sessionLine('2026-11-11'),
    ]);
    expect(summarizeBackup(backup(history, '2026-11-12T09:00:00.000Z'), context)).toBe(
      '2 mornings, 2 routines, settings from 12\u00a0Nov',
    );
  });

  it('says one morning and one routine, and the date in the zone in force', () => {
    const history = records([checkinLine('2026-11-10', 4), sessionLine('2026-11-10')]);
    // 23:30 UTC is already the next day in Berlin.
    expect(summarizeBackup(backup(history, '2026-11-12T23:30:00.000Z'), context)).toBe(
      '1 morning, 1 routine, settings from 13\u00a0Nov',
    );
  });

  it('adds the year for a backup from another year, and follows the locale', () => {
    expect(summarizeBackup(backup([], '2025-03-01T12:00:00.000Z'), context)).toBe(
      '0 mornings, 0 routines, settings from 1\u00a0Mar\u00a02025',
    );
    expect(summarizeBackup(backup([], '2026-11-12T09:00:00.000Z'), { ...context, locale: 'en-US' })).toBe(
      '0 mornings, 0 routines, settings from Nov\u00a012',
    );
  });

  it('speaks the language setting, its plurals from the catalog', () => {
    const history = records([
      checkinLine('2026-11-10', 4),
      sessionLine('2026-11-10'),
      sessionLine('2026-11-11'),
    ]);
    const es = { ...context, locale: 'es-ES', words: mainMessages('es').restore };
    expect(summarizeBackup(backup(history, '2026-11-12T09:00:00.000Z'), es)).toBe(
      '1 mañana, 2 rutinas, ajustes del 12\u00a0nov',
    );
    expect(summarizeBackup(backup([], '2026-11-12T09:00:00.000Z'), es)).toMatch(/^0 mañanas, 0 rutinas, /);
    expect(restoreMessages(mainMessages('es').restore).foreign).toBe(
      'Este archivo no es una copia de seguridad de Unknot. No se ha cambiado nada.',
    );
  });

  it('reads the format name and version this release writes', () => {
    expect(JSON.parse(fileText())).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION });
  });
});
