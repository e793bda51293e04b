/**
 * Disk full is named, and nothing answers "done" that was not saved (issue 12, case 10).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { INVOKE_CHANNELS } from '../../../../main/core/ipc/channels';
import { DISK_FULL_MESSAGE } from '../../../../main/core/storage-faults';
import { createFakeShell } from '../../../support/fake-shell';
import { createFakeTime, type FakeTime } from '../../../support/fake-time';
import { faultyFs, fillsUpAfter, type Fault } from '../../../support/faulty-fs';
import { seedSettings } from '../../../support/seed-settings';
import { createTestApp } from '../../../support/test-app';

// Tuesday 24 Nov 2026 in Berlin; the default reminder is 22:00 local (21:00Z).
const REMINDER = Date.parse('2026-11-24T21:00:00Z');

let dir: string;
let time: FakeTime;
let faults: Fault[];
let apps: UnknotApp[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unknot-disk-full-'));
  await seedSettings(dir);
  time = createFakeTime(Date.parse('2026-11-24T12:00:00Z'), 'Europe/Berlin');
  faults = [];
  apps = [];
});
afterEach(async () => {
  for (const app of apps) {
    app.dispose();
    await app.flush();
  }
  await rm(dir, { recursive: true, force: true });
});

async function startApp(fs = faultyFs(faults)) {
  const shell = createFakeShell();
  const app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell, fs });
  apps.push(app);
  await app.start();
  return { app, shell };
}

const full = (path: RegExp): Fault => ({ call: 'open', path, code: 'ENOSPC' });

describe('a full disk', () => {
  it('"Skip tonight" from a window answers with the disk-full message, not ok, when it could not be saved', async () => {
    const { app } = await startApp();
    time.advanceTo(REMINDER);
    faults.push(full(/reminder-state/));
    const reply = await app.dispatch(INVOKE_CHANNELS.reminderAction, 'skip-tonight');
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: DISK_FULL_MESSAGE } });
  });

  it('"Skip tonight" that answers ok survives a restart', async () => {
    const { app } = await startApp();
    time.advanceTo(REMINDER);
    expect(await app.dispatch(INVOKE_CHANNELS.reminderAction, 'skip-tonight')).toMatchObject({ ok: true });
    app.dispose();
    const again = await startApp();
    expect(await again.app.dispatch(INVOKE_CHANNELS.getReminderState, undefined)).toMatchObject({
      ok: true,
      value: { status: 'skipped' },
    });
  });

  it('a tray choice that could not be saved is told by notification, with the disk named', async () => {
    const { app, shell } = await startApp();
    time.advanceTo(REMINDER);
    faults.push(full(/reminder-state/));
    app.trayAction('skip-tonight');
    await app.flush();
    expect(shell.notifier.shown.map((n) => n.body)).toContain(DISK_FULL_MESSAGE);
  });

  it('a settings save names the full disk', async () => {
    const { app } = await startApp();
    faults.push(full(/settings\.json\.[0-9a-f]+\.tmp$/));
    const reply = await app.dispatch(INVOKE_CHANNELS.saveSettings, { general: { theme: 'dark' } });
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: DISK_FULL_MESSAGE } });
  });

  it('a routine record that fills the disk mid-line names it and leaves no partial line', async () => {
    const { app } = await startApp(faultyFs([], fillsUpAfter(20)));
    const summary = {
      startedAt: Date.parse('2026-11-24T21:10:00Z'),
      endedAt: Date.parse('2026-11-24T21:20:00Z'),
      preset: 'standard',
      completed: true,
      stepsDone: ['chin-tuck'],
      stepsSkipped: [],
    };
    const reply = await app.dispatch(INVOKE_CHANNELS.recordSession, summary);
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: DISK_FULL_MESSAGE } });
    expect(await readFile(join(dir, 'history.jsonl'), 'utf8')).toBe('');
  });
});
