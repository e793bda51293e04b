import { createUnknotApp, type UnknotApp } from '../../main/app';
import type { Clock, Timers } from '../../main/core/ports';
import type { LoginItemPort } from '../../main/core/shell-ports';
import type { FileSystem } from '../../main/services/json-store';
import type { UpdaterPort } from '../../main/core/updates';
import type { FakeShell } from './fake-shell';

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
}): UnknotApp {
  const { shell } = options;
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
    ...(options.loginItem ? { loginItem: options.loginItem } : {}),
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.updater ? { updater: options.updater } : {}),
  });
}
