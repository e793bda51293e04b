/**
 * Child process for idleCpuRatio: composes the core with createUnknotApp (real clock and timers,
 * fake shell ports, no Electron) in a temp profile, starts it, then reports the CPU time the whole
 * process used while the app sat idle (idle-window.ts). A separate process so that the
 * benchmark's own work is not counted. Run with --expose-gc.
 * argv: <idle ms> <settle ms>   stdout: one JSON line { cpuMs, userMs, systemMs, wallMs, logLines, timersFired }
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSystemClock, createSystemTimers } from '../../main/services/runtime-ports';
import { createFakeShell } from '../../tests/support/fake-shell';
import { createTestApp } from '../../tests/support/test-app';
import type { Timers } from '../../main/core/ports';
import { idleArgs, measureIdleWindow } from './idle-window';

/** The system timers, counting the app's wake-ups: whatever CPU the window shows beyond them is not the app's timers. */
function countingTimers(real: Timers): Timers & { readonly fired: () => number } {
  let fired = 0;
  return {
    setTimeout: (callback, delayMs) =>
      real.setTimeout(() => {
        fired += 1;
        callback();
      }, delayMs),
    clearTimeout: (handle) => real.clearTimeout(handle),
    fired: () => fired,
  };
}

const { idleMs, settleMs } = idleArgs(process.argv.slice(2));
const userDataDir = await mkdtemp(join(tmpdir(), 'unknot-bench-idle-'));
const shell = createFakeShell();
const timers = countingTimers(createSystemTimers());
// createTestApp is createUnknotApp on the fake shell ports, kept in step with AppDeps by its owners.
const app = createTestApp({
  userDataDir,
  clock: createSystemClock(),
  timers,
  shell,
  runtime: 'Node (benchmark)',
});
try {
  await app.start();
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const firedBefore = timers.fired();
  const result = await measureIdleWindow(idleMs, 0);
  const timersFired = timers.fired() - firedBefore;
  process.stdout.write(
    `${JSON.stringify({ ...result, logLines: shell.logger.lines.length, timersFired })}\n`,
  );
} finally {
  app.dispose();
  await rm(userDataDir, { recursive: true, force: true });
}
