/**
 * Files as the user arranged them (issue 12, case 7) and a full disk in the history log
 * (case 10): planted temp links are never written through, a symlinked settings.json stays a
 * link, history appends refuse a link, and a failed append leaves no partial line.
 */
import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../../main/core/ports';
import { createHistoryLog } from '../../../../main/services/history-log';
import { createJsonFileStore } from '../../../../main/services/json-store';
import { faultyFs, fillsUpAfter } from '../../../support/faulty-fs';

let root: string;
let dir: string;
const logger = (): Logger => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'unknot-arranged-'));
  dir = join(root, 'data');
  await mkdir(dir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const checkin = (note: string) => ({
  v: 2,
  type: 'checkin',
  at: '2026-11-25T07:05:00.000Z',
  localDate: '2026-11-25',
  soreness: 3,
  note,
});

describe('settings files', () => {
  it('a link planted at the old temp name is never written through', async () => {
    const victim = join(root, 'victim.txt');
    await writeFile(victim, 'precious');
    await symlink(victim, join(dir, 'settings.json.tmp'));
    await symlink(victim, join(dir, 'settings.last-good.json.tmp'));
    const store = createJsonFileStore({ dir, name: 'settings' });
    await store.save({ n: 1 });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(await store.load()).toEqual({ n: 1 });
  });

  it('temp files get a fresh name and are created exclusively', async () => {
    const opened: Array<{ path: string; flags: unknown }> = [];
    const real = faultyFs([]);
    const fs = {
      ...real,
      open: ((path: string, flags: unknown, mode: unknown) => (
        opened.push({ path, flags }),
        real.open(path, flags as string, mode as number)
      )) as typeof real.open,
    };
    const store = createJsonFileStore({ dir, name: 'settings', fs });
    await store.save({ n: 1 });
    await store.save({ n: 2 });
    const temps = opened.filter((o) => o.path.endsWith('.tmp'));
    expect(temps).toHaveLength(4);
    expect(new Set(temps.map((o) => o.path)).size).toBe(4);
    expect(temps.every((o) => o.flags === 'wx')).toBe(true);
  });

  it('a symlinked settings.json (a dotfiles set-up) stays a link; its target gets the new settings', async () => {
    const dotfiles = join(root, 'dotfiles');
    await mkdir(dotfiles);
    await writeFile(join(dotfiles, 'unknot.json'), '{"n":0}\n');
    await symlink('../dotfiles/unknot.json', join(dir, 'settings.json'));
    const store = createJsonFileStore({ dir, name: 'settings' });
    await store.save({ n: 1 });
    expect((await lstat(join(dir, 'settings.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'settings.json'))).toBe('../dotfiles/unknot.json');
    expect(JSON.parse(await readFile(join(dotfiles, 'unknot.json'), 'utf8'))).toEqual({ n: 1 });
    expect(await store.load()).toEqual({ n: 1 });
    // The temp file went beside the target and was renamed away: nothing left in either folder.
    expect(await readdir(dotfiles)).toEqual(['unknot.json']);
    expect((await readdir(dir)).sort()).toEqual(['settings.json', 'settings.last-good.json']);
  });

  it('a link to a target not yet created: the target is created, the link kept', async () => {
    await symlink(join(root, 'elsewhere.json'), join(dir, 'settings.json'));
    const store = createJsonFileStore({ dir, name: 'settings' });
    await store.save({ n: 1 });
    expect((await lstat(join(dir, 'settings.json'))).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(join(root, 'elsewhere.json'), 'utf8'))).toEqual({ n: 1 });
  });
});

describe('history appends', () => {
  it('refuse to follow a link they did not create, and leave its target alone', async () => {
    const victim = join(root, 'victim.txt');
    await writeFile(victim, 'precious');
    await symlink(victim, join(dir, 'history.jsonl'));
    const log = createHistoryLog({ dir, logger: logger() });
    await expect(log.append(checkin('x'))).rejects.toThrow(/symbolic link/);
    expect(await readFile(victim, 'utf8')).toBe('precious');
  });

  it('a disk filling up mid-line leaves no partial line: the file is cut back, and the error is ENOSPC', async () => {
    const log = createHistoryLog({ dir, logger: logger() });
    await log.append(checkin('first'));
    const before = await readFile(join(dir, 'history.jsonl'), 'utf8');
    const full = createHistoryLog({ dir, logger: logger(), fs: faultyFs([], fillsUpAfter(10)) });
    await expect(full.append(checkin('second'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(join(dir, 'history.jsonl'), 'utf8')).toBe(before);
    const { records, skipped } = await log.readAll();
    expect(records).toHaveLength(1);
    expect(skipped).toEqual([]);
  });
});
