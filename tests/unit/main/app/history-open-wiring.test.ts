/**
 * Reopening the history view costs no file read (issue 14): the composed app's features share one
 * history log, so the check-in, the view and a recorded routine all answer from the parsed file
 * kept in main. Reads are counted through the injected file system.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { countingFs } from '../../../support/counting-fs';
import { createFakeShell } from '../../../support/fake-shell';
import { createFakeTime } from '../../../support/fake-time';
import { writeTenYearHistory } from '../../../support/history-fixture';
import { invoke } from '../../../support/invoke';
import { seedSettings } from '../../../support/seed-settings';
import { createTestApp } from '../../../support/test-app';

const TODAY = '2026-11-24';

let dir: string;
let app: UnknotApp;
let reads: string[];
const historyReads = (): number => reads.filter((path) => path.endsWith('history.jsonl')).length;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unknot-history-open-'));
  await seedSettings(dir);
  await writeTenYearHistory(dir, TODAY, 60);
  const counting = countingFs();
  reads = counting.reads;
  const time = createFakeTime(Date.parse(`${TODAY}T06:30:00+01:00`), 'Europe/Berlin');
  app = createTestApp({
    userDataDir: dir,
    clock: time.clock,
    timers: time.timers,
    shell: createFakeShell(),
    fs: counting.fs,
  });
  await app.start();
  await app.flush();
});
afterEach(async () => {
  app.dispose();
  await app.flush();
  await rm(dir, { recursive: true, force: true });
});

describe('opening the history view', () => {
  it('reads history.jsonl at most once: the second open reads nothing and answers the same', async () => {
    const first = await invoke(app, 'getHistory');
    const readsAfterFirst = historyReads();
    expect(readsAfterFirst).toBe(1);
    const second = await invoke(app, 'getHistory');
    expect(historyReads()).toBe(readsAfterFirst);
    expect(second).toEqual(first);
  });

  it('a check-in logged, then the view reopened: shown, with no read of the file', async () => {
    await invoke(app, 'getHistory');
    const readsAfterFirst = historyReads();
    const logged = await invoke(app, 'logCheckin', { soreness: 1, note: 'loose' });
    const reopened = await invoke(app, 'getHistory');
    expect(historyReads()).toBe(readsAfterFirst);
    expect(logged).toMatchObject({ ok: true, value: { today: { soreness: 1, note: 'loose' } } });
    expect(reopened).toEqual(logged);
  });
});
