/**
 * The history log keeps the parsed file (issue 14): a second read neither reads nor parses it,
 * appends made here show without a re-read, a file changed by anyone else is parsed afresh, and a
 * failed append never leaves the memory ahead of (or behind) the file. Reads are counted through an
 * injected file system, never timed.
 */
import { appendFile, mkdtemp, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHistory } from '../../../../main/core/history/parse';
import { serializeHistoryRecord, type CheckinRecord } from '../../../../main/core/history/records';
import type { Logger } from '../../../../main/core/ports';
import { createHistoryLog } from '../../../../main/services/history-log';
import { countingFs, type HandleWrap } from '../../../support/counting-fs';
import { errnoError, faultyFs, fillsUpAfter } from '../../../support/faulty-fs';

const checkin = (localDate: string, soreness: number): CheckinRecord => ({
  v: 2,
  type: 'checkin',
  at: `${localDate}T07:05:00.000Z`,
  localDate,
  soreness,
});
const line = (record: CheckinRecord): string => `${serializeHistoryRecord(record)}\n`;

let dir: string;
const path = (): string => join(dir, 'history.jsonl');
const logger = (): Logger => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unknot-history-memory-'));
  await writeFile(path(), line(checkin('2026-11-20', 4)) + line(checkin('2026-11-21', 3)));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a log that has never read the file (a fresh start) finds there. */
async function freshRead() {
  return createHistoryLog({ dir, logger: logger() }).readAll();
}

describe('the history log remembers the parsed file', () => {
  it('a second read neither reads nor parses the file: the same answer, no file read', async () => {
    const { fs, reads } = countingFs();
    const log = createHistoryLog({ dir, logger: logger(), fs });
    const first = await log.readAll();
    const readsAfterFirst = reads.length;
    expect(readsAfterFirst).toBeGreaterThan(0);
    const second = await log.readAll();
    expect(reads).toHaveLength(readsAfterFirst);
    // The very object of the first answer: nothing was parsed to make it.
    expect(second).toBe(first);
    expect(second.records).toEqual([checkin('2026-11-20', 4), checkin('2026-11-21', 3)]);
  });

  it('appends made here show at once, without reading the file again, and equal a fresh parse', async () => {
    const { fs, reads } = countingFs();
    const log = createHistoryLog({ dir, logger: logger(), fs });
    const before = await log.readAll();
    const readsAfterFirst = reads.length;
    await log.append(checkin('2026-11-22', 2));
    await log.append({ ...checkin('2026-11-23', 1), note: 'better' });
    const after = await log.readAll();
    expect(reads).toHaveLength(readsAfterFirst);
    expect(after.records.map((r) => r.type === 'checkin' && r.soreness)).toEqual([4, 3, 2, 1]);
    expect(after).toEqual(await freshRead());
    // An answer already given does not change under its holder.
    expect(before.records).toHaveLength(2);
  });

  it('a log that did not exist when first read remembers its own first append', async () => {
    await rm(path());
    const { fs, reads } = countingFs();
    const log = createHistoryLog({ dir, logger: logger(), fs });
    expect(await log.readAll()).toEqual({ records: [], skipped: [] });
    await log.append(checkin('2026-11-22', 2));
    expect((await log.readAll()).records).toEqual([checkin('2026-11-22', 2)]);
    expect(reads).toEqual([]);
    expect(await log.readAll()).toEqual(await freshRead());
  });

  describe('a file changed behind its back is read again', () => {
    it('lines appended by someone else (another Unknot, a sync tool)', async () => {
      const log = createHistoryLog({ dir, logger: logger() });
      await log.readAll();
      await appendFile(path(), line(checkin('2026-11-22', 7)));
      expect((await log.readAll()).records).toContainEqual(checkin('2026-11-22', 7));
      expect(await log.readAll()).toEqual(await freshRead());
    });

    it('another history log appending to the same file, then this one appending after it', async () => {
      const log = createHistoryLog({ dir, logger: logger() });
      await log.readAll();
      await createHistoryLog({ dir, logger: logger() }).append(checkin('2026-11-22', 6));
      await log.append(checkin('2026-11-23', 5));
      const { records } = await log.readAll();
      expect(records.map((r) => r.type === 'checkin' && r.soreness)).toEqual([4, 3, 6, 5]);
      expect(await log.readAll()).toEqual(await freshRead());
    });

    it('an edit that keeps the size and puts the old modification time back', async () => {
      const log = createHistoryLog({ dir, logger: logger() });
      await log.readAll();
      const { atime, mtime, size } = await stat(path());
      const edited = (await readFile(path(), 'utf8')).replace('"soreness":4', '"soreness":9');
      await writeFile(path(), edited);
      await utimes(path(), atime, mtime);
      expect((await stat(path())).size).toBe(size);
      expect((await log.readAll()).records[0]).toEqual(checkin('2026-11-20', 9));
    });

    it('a file replaced by another (a restore from backup)', async () => {
      const log = createHistoryLog({ dir, logger: logger() });
      await log.readAll();
      const restored = join(dir, 'restored.jsonl');
      await writeFile(restored, line(checkin('2026-01-01', 8)));
      await rename(restored, path());
      expect((await log.readAll()).records).toEqual([checkin('2026-01-01', 8)]);
    });

    it('a file deleted', async () => {
      const log = createHistoryLog({ dir, logger: logger() });
      await log.readAll();
      await rm(path());
      expect(await log.readAll()).toEqual({ records: [], skipped: [] });
    });
  });

  it('an append that had to repair a cut-off last line leaves memory and file equal', async () => {
    const log = createHistoryLog({ dir, logger: logger() });
    await appendFile(path(), '{"v":1,"type":"chec');
    expect((await log.readAll()).skipped).toHaveLength(1);
    await log.append(checkin('2026-11-22', 2));
    const after = await log.readAll();
    expect(after.records).toContainEqual(checkin('2026-11-22', 2));
    expect(after).toEqual(await freshRead());
  });

  describe('a failed append (disk full) leaves memory and file equal', () => {
    it('the line cut back: neither the file nor the memory holds the record', async () => {
      const before = await readFile(path(), 'utf8');
      const log = createHistoryLog({ dir, logger: logger(), fs: faultyFs([], fillsUpAfter(10)) });
      await log.readAll();
      await expect(log.append(checkin('2026-11-22', 2))).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await readFile(path(), 'utf8')).toBe(before);
      const after = await log.readAll();
      expect(after.records).not.toContainEqual(checkin('2026-11-22', 2));
      expect(after).toEqual(await freshRead());
    });

    it('the cut-back failing too: the memory shows the partial line the file now has', async () => {
      const stuck: HandleWrap = (_path, handle) => {
        const filling = fillsUpAfter(10)(_path, handle);
        return new Proxy(filling, {
          get(target, key, receiver) {
            if (key === 'truncate') return () => Promise.reject(errnoError('EIO', 'ftruncate', ''));
            const value: unknown = Reflect.get(target, key, receiver);
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        });
      };
      const log = createHistoryLog({ dir, logger: logger(), fs: faultyFs([], stuck) });
      await log.readAll();
      await expect(log.append(checkin('2026-11-22', 2))).rejects.toMatchObject({ code: 'ENOSPC' });
      const after = await log.readAll();
      expect(after).toEqual(parseHistory(await readFile(path(), 'utf8')));
      expect(after.skipped).toHaveLength(1);
      expect(after.records).toHaveLength(2);
    });

    it('a failed append does not spoil later ones: they show, and memory equals the file', async () => {
      let room = 10;
      const log = createHistoryLog({
        dir,
        logger: logger(),
        fs: faultyFs([], (p, handle) => fillsUpAfter(room)(p, handle)),
      });
      await log.readAll();
      await expect(log.append(checkin('2026-11-22', 2))).rejects.toMatchObject({ code: 'ENOSPC' });
      room = Number.POSITIVE_INFINITY;
      await log.append(checkin('2026-11-23', 1));
      const after = await log.readAll();
      expect(after.records.map((r) => r.type === 'checkin' && r.soreness)).toEqual([4, 3, 1]);
      expect(after).toEqual(await freshRead());
    });
  });
});
