/**
 * Child process for idleCpuRatio: composes the core with createUnknotApp (real clock and timers,
 * fake shell ports, no Electron) in a temp profile, starts it, then reports the CPU time the whole
 * process used while the app sat idle (idle-window.ts). A separate process so that the
 * benchmark's own work is not counted. Run with --expose-gc.
 * argv: <idle ms> <settle ms>   stdout: one JSON line { cpuMs, userMs, systemMs, wallMs, logLines }
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSystemClock, createSystemTimers } from '../../main/services/runtime-ports';
import { createFakeShell } from '../../tests/support/fake-shell';
import { createTestApp } from '../../tests/support/test-app';
import { idleArgs, measureIdleWindow } from './idle-window';

const { idleMs, settleMs } = idleArgs(process.argv.slice(2));
const userDataDir = await mkdtemp(join(tmpdir(), 'unknot-bench-idle-'));
const shell = createFakeShell();
// createTestApp is createUnknotApp on the fake shell ports, kept in step with AppDeps by its owners.
const app = createTestApp({
  userDataDir,
  clock: createSystemClock(),
  timers: createSystemTimers(),
  shell,
  runtime: 'Node (benchmark)',
});
try {
  await app.start();
  const result = await measureIdleWindow(idleMs, settleMs);
  process.stdout.write(`${JSON.stringify({ ...result, logLines: shell.logger.lines.length })}\n`);
} finally {
  app.dispose();
  await rm(userDataDir, { recursive: true, force: true });
}
