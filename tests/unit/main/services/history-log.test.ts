import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckinRecord, SessionRecord } from '../../../../main/core/history/records';
import type { Logger } from '../../../../main/core/ports';
import { HistoryValidationError, createHistoryLog } from '../../../../main/services/history-log';
import { faultyFs, fillsUpAfter } from '../../../support/faulty-fs';

const session: SessionRecord = {
  v: 2,
  type: 'session',
  startedAt: '2025-03-01T21:55:00.000Z',
  endedAt: '2025-03-01T22:09:30.000Z',
  night: '2025-03-01',
  preset: 'quick',
  stepsDone: ['neck-roll'],
  stepsSkipped: [],
  completed: true,
};
const checkin = (soreness: number): CheckinRecord => ({
  v: 2,
  type: 'checkin',
  at: '2025-03-02T07:05:00.000Z',
  localDate: '2025-03-02',
  soreness,
});

let dir: string;
let logger: Logger;
const path = (): string => join(dir, 'history.jsonl');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unknot-history-'));
  logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('history log', () => {
  it('readAll() of a log that does not exist yet is empty', async () => {
    expect(await createHistoryLog({ dir, logger }).readAll()).toEqual({ records: [], skipped: [] });
  });

  it('appends one JSON line per record, each ending in a newline', async () => {
    const log = createHistoryLog({ dir, logger });
    await log.append(session);
    await log.append(checkin(3));
    expect(await readFile(path(), 'utf8')).toBe(
      `${JSON.stringify(session)}\n${JSON.stringify(checkin(3))}\n`,
    );
    expect(await log.readAll()).toEqual({ records: [session, checkin(3)], skipped: [] });
  });

  it('creates the data directory if needed', async () => {
    const log = createHistoryLog({ dir: join(dir, 'nested', 'data'), logger });
    await log.append(session);
    expect((await log.readAll()).records).toEqual([session]);
  });

  it('rejects invalid records with the issues and writes nothing', async () => {
    const log = createHistoryLog({ dir, logger });
    const error: unknown = await log.append({ ...checkin(3), soreness: 11 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryValidationError);
    expect((error as HistoryValidationError).issues).toEqual([
      { path: 'soreness', message: 'Use a whole number from 0 to 10' },
    ]);
    await expect(log.append({ ...session, extra: true })).rejects.toBeInstanceOf(HistoryValidationError);
    await expect(log.append('not a record')).rejects.toBeInstanceOf(HistoryValidationError);
    await expect(readFile(path(), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('serialises concurrent appends: every line whole, in call order', async () => {
    const log = createHistoryLog({ dir, logger });
    await Promise.all(Array.from({ length: 40 }, (_, i) => log.append(checkin(i % 11))));
    const { records, skipped } = await log.readAll();
    expect(skipped).toEqual([]);
    expect(records.map((r) => (r as CheckinRecord).soreness)).toEqual(
      Array.from({ length: 40 }, (_, i) => i % 11),
    );
  });

  it('after a crash left a truncated last line, the next append starts on its own line', async () => {
    const truncated = JSON.stringify(checkin(5)).slice(0, 25);
    await writeFile(path(), `${JSON.stringify(session)}\n${truncated}`);
    const log = createHistoryLog({ dir, logger });
    await log.append(checkin(2));
    expect(await readFile(path(), 'utf8')).toBe(
      `${JSON.stringify(session)}\n${truncated}\n${JSON.stringify(checkin(2))}\n`,
    );
    expect(await log.readAll()).toEqual({
      records: [session, checkin(2)],
      skipped: [{ line: 2, reason: 'not valid JSON (truncated or damaged)' }],
    });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/mid-line/));
  });

  it('does not add a blank line when the file already ends with a newline', async () => {
    await writeFile(path(), `${JSON.stringify(session)}\n`);
    const log = createHistoryLog({ dir, logger });
    await log.append(session);
    expect(await readFile(path(), 'utf8')).toBe(`${JSON.stringify(session)}\n`.repeat(2));
  });

  it('corrupt lines in the middle are skipped and logged; the rest still reads', async () => {
    await writeFile(
      path(),
      [
        JSON.stringify(session),
        '{"v":1,"ty',
        '\0\0\0\0',
        JSON.stringify({ ...checkin(4), soreness: -3 }),
        JSON.stringify(checkin(4)),
        '',
      ].join('\n'),
    );
    const log = createHistoryLog({ dir, logger });
    const { records, skipped } = await log.readAll();
    expect(records).toEqual([session, checkin(4)]);
    expect(skipped.map((s) => s.line)).toEqual([2, 3, 4]);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/unreadable lines/), skipped);
  });

  it('readAll() queued after append() sees the appended record', async () => {
    const log = createHistoryLog({ dir, logger });
    void log.append(session);
    expect((await log.readAll()).records).toEqual([session]);
  });

  it('a failed append rejects and does not block later ones', async () => {
    const log = createHistoryLog({ dir, logger });
    await mkdir(path()); // a directory where the log goes: opening it fails
    await expect(log.append(session)).rejects.toThrow(/EISDIR/);
    await rm(path(), { recursive: true });
    await log.append(checkin(1));
    expect((await log.readAll()).records).toEqual([checkin(1)]);
  });
});

describe('history log: appendAll (a restore)', () => {
  it('appends every record in order in one go, and a re-read sees them all', async () => {
    const log = createHistoryLog({ dir, logger });
    await log.append(checkin(2));
    expect((await log.readAll()).records).toHaveLength(1);
    await log.appendAll([session, checkin(5)]);
    expect(await readFile(path(), 'utf8')).toBe(
      [checkin(2), session, checkin(5)].map((r) => `${JSON.stringify(r)}\n`).join(''),
    );
    expect((await log.readAll()).records).toEqual([checkin(2), session, checkin(5)]);
  });

  it('one invalid record appends none, naming its place in the list', async () => {
    const log = createHistoryLog({ dir, logger });
    await log.append(session);
    const before = await readFile(path(), 'utf8');
    const error: unknown = await log.appendAll([checkin(3), checkin(11)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryValidationError);
    expect((error as HistoryValidationError).issues[0]?.path).toBe('1.soreness');
    expect(await readFile(path(), 'utf8')).toBe(before);
  });

  it('a disk filling up partway cuts the file back: none of the records is left behind', async () => {
    await createHistoryLog({ dir, logger }).append(session);
    const before = await readFile(path(), 'utf8');
    const log = createHistoryLog({ dir, logger, fs: faultyFs([], fillsUpAfter(60)) });
    await expect(log.appendAll([checkin(3), checkin(4)])).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(path(), 'utf8')).toBe(before);
    expect((await log.readAll()).records).toEqual([session]);
  });

  it('nothing to append writes nothing, not even an empty file', async () => {
    await createHistoryLog({ dir, logger }).appendAll([]);
    await expect(readFile(path(), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
