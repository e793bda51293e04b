import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJsonFileStore } from '../../../../main/services/json-store';
import type { Logger } from '../../../../main/core/ports';
import { faultyFs, type Fault } from '../../../support/faulty-fs';

let dir: string;
const logger = (): Logger => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unknot-json-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createJsonFileStore', () => {
  it('load() is null when nothing was saved; save then load returns the value', async () => {
    const store = createJsonFileStore({ dir, name: 'state' });
    expect(await store.load()).toBeNull();
    expect(await store.readRaw()).toBeNull();
    await store.save({ a: 1, list: [1, 2] });
    expect(await store.load()).toEqual({ a: 1, list: [1, 2] });
    expect(JSON.parse(await readFile(join(dir, 'state.json'), 'utf8'))).toEqual({ a: 1, list: [1, 2] });
  });

  it('creates the directory on first save', async () => {
    const nested = join(dir, 'a', 'b');
    const store = createJsonFileStore({ dir: nested, name: 'state' });
    await store.save({ ok: true });
    expect(await readdir(nested)).toContain('state.json');
  });

  it('leaves only the document and its last-good copy (no temp files)', async () => {
    const store = createJsonFileStore({ dir, name: 'state' });
    await store.save({ n: 1 });
    await store.save({ n: 2 });
    expect((await readdir(dir)).sort()).toEqual(['state.json', 'state.last-good.json']);
    expect(await store.readBackupRaw()).toBe(await store.readRaw());
  });

  it('serialises saves: many concurrent saves end with the last one called', async () => {
    const store = createJsonFileStore({ dir, name: 'state' });
    const saves = Array.from({ length: 25 }, (_, n) => store.save({ n, pad: 'x'.repeat(n * 100) }));
    await Promise.all(saves);
    expect(await store.load()).toEqual({ n: 24, pad: 'x'.repeat(2400) });
    expect(JSON.parse((await store.readBackupRaw()) ?? 'null')).toEqual({ n: 24, pad: 'x'.repeat(2400) });
  });

  it('a read queued after a save sees that save', async () => {
    const store = createJsonFileStore({ dir, name: 'state' });
    void store.save({ n: 1 });
    const read = store.load();
    void store.save({ n: 2 });
    expect(await read).toEqual({ n: 1 });
    expect(await store.load()).toEqual({ n: 2 });
  });

  it('snapshots the value when save() is called', async () => {
    const store = createJsonFileStore({ dir, name: 'state' });
    const value = { n: 1 };
    const saving = store.save(value);
    value.n = 2;
    await saving;
    expect(await store.load()).toEqual({ n: 1 });
  });

  it('rejects values JSON cannot represent without writing anything', async () => {
    const store = createJsonFileStore({ dir, name: 'state' });
    await expect(store.save(undefined)).rejects.toThrow(TypeError);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    await expect(store.save(cyclic)).rejects.toThrow(TypeError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a failed save rejects, keeps the previous document and does not block later saves', async () => {
    const faults: Fault[] = [];
    const store = createJsonFileStore({ dir, name: 'state', fs: faultyFs(faults) });
    await store.save({ n: 1 });
    // Creating the temp file fails (as it would on a full or read-only disk), even as root.
    faults.push({ call: 'open', path: /state\.json\.[0-9a-f]+\.tmp$/, code: 'EISDIR' });
    await expect(store.save({ n: 2 })).rejects.toThrow(/EISDIR/);
    expect(await store.load()).toEqual({ n: 1 });
    faults.length = 0;
    await store.save({ n: 3 });
    expect(await store.load()).toEqual({ n: 3 });
  });

  it('a failed update of the last-good copy is logged, the save still succeeds', async () => {
    const log = logger();
    const fs = faultyFs([{ call: 'open', path: /state\.last-good\.json\.[0-9a-f]+\.tmp$/, code: 'EISDIR' }]);
    const store = createJsonFileStore({ dir, name: 'state', logger: log, fs });
    await store.save({ n: 1 });
    expect(await store.load()).toEqual({ n: 1 });
    expect(log.warn).toHaveBeenCalledWith('could not update state.last-good.json', expect.anything());
  });

  it('load() falls back to the last-good copy when the document is not JSON, else null', async () => {
    const log = logger();
    const store = createJsonFileStore({ dir, name: 'state', logger: log });
    await store.save({ n: 1 });
    await writeFile(join(dir, 'state.json'), '{"n": 2, "trunc');
    expect(await store.load()).toEqual({ n: 1 });
    expect(log.warn).toHaveBeenCalled();
    await writeFile(join(dir, 'state.last-good.json'), '');
    expect(await store.load()).toBeNull();
  });

  it('moveAside() renames the document within the directory', async () => {
    const store = createJsonFileStore({ dir, name: 'state' });
    await store.save({ n: 1 });
    const moved = await store.moveAside('state.corrupt-x.json');
    expect(moved).toBe(join(dir, 'state.corrupt-x.json'));
    expect(await store.readRaw()).toBeNull();
    expect(JSON.parse(await readFile(moved, 'utf8'))).toEqual({ n: 1 });
  });

  it('refuses names that would leave the directory', () => {
    expect(() => createJsonFileStore({ dir, name: '../escape' })).toThrow(/plain file name/);
    const store = createJsonFileStore({ dir, name: 'state' });
    for (const bad of ['../x.json', 'a/b.json', 'a\\b.json', '..', '']) {
      expect(() => store.moveAside(bad)).toThrow(/plain file name/);
    }
  });

  it('overwrites a temp file left behind by a killed process', async () => {
    await writeFile(join(dir, 'state.json.tmp'), 'half a docu');
    const store = createJsonFileStore({ dir, name: 'state' });
    await store.save({ n: 1 });
    expect((await readdir(dir)).sort()).toEqual(['state.json', 'state.last-good.json']);
  });
});
