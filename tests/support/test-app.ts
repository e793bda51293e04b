import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUnknotApp, type UnknotApp } from '../../main/app';
import type { Clock, Timers } from '../../main/core/ports';
import type { LoginItemPort } from '../../main/core/shell-ports';
import type { FileSystem } from '../../main/services/json-store';
import type { UpdaterPort } from '../../main/core/updates';
import { createFakeShell, type FakeShell } from './fake-shell';
import { createFakeTime, type FakeTime } from './fake-time';
import { seedSettings } from './seed-settings';

/** The composed app on fake shell ports, as wiring tests, the e2e harness and the bench use it. */
export function createTestApp(options: {
  userDataDir: string;
  clock: Clock;
  timers: Timers;
  shell: FakeShell;
  loginItem?: LoginItemPort;
  updater?: UpdaterPort;
  runtime?: string;
  /** A file system with injected faults (tests/support/faulty-fs.ts). */
  fs?: FileSystem;
  /** The system's preferred languages (what the "System" language follows); the fake shell's (en-GB) unless given. */
  preferredLanguages?: readonly string[];
}): UnknotApp {
  const { shell } = options;
  if (options.preferredLanguages) shell.locale.languages = [...options.preferredLanguages];
  return createUnknotApp({
    info: {
      name: 'Unknot',
      version: '0.1.0',
      platform: process.platform,
      runtime: options.runtime ?? 'Node (test)',
    },
    userDataDir: options.userDataDir,
    clock: options.clock,
    timers: options.timers,
    logger: shell.logger,
    windows: shell.windows,
    tray: shell.tray,
    notifier: shell.notifier,
    presence: shell.presence,
    lifecycle: shell.lifecycle,
    desktop: shell.desktop,
    locale: shell.locale,
    printer: shell.printer,
    launcher: shell.launcher,
    ...(options.loginItem ? { loginItem: options.loginItem } : {}),
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.updater ? { updater: options.updater } : {}),
  });
}

/** A started app on a freshly seeded profile, for wiring tests; `close()` undoes it all. */
export interface SeededApp {
  readonly dir: string;
  readonly shell: FakeShell;
  readonly time: FakeTime;
  readonly app: UnknotApp;
  close(): Promise<void>;
}

export async function startSeededApp(prefix: string): Promise<SeededApp> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await seedSettings(dir);
  const shell = createFakeShell();
  const time = createFakeTime(Date.parse('2026-11-24T12:00:00Z'), 'Europe/Berlin');
  const app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell });
  await app.start();
  return {
    dir,
    shell,
    time,
    app,
    async close() {
      // Background saves (reminder state, settings) must land before the folder goes.
      await app.flush();
      app.dispose();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
