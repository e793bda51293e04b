/**
 * Child process for idleCpuMsPer30s: composes the core with createUnknotApp (real clock and
 * timers, fake shell ports, no Electron) in a temp profile, starts it, lets start-up work settle,
 * then reports the CPU time the whole process used while the app sat idle. A separate process so
 * that the benchmark's own work is not counted. Run with --expose-gc: see collectStartUpGarbage().
 * argv: <idle ms> <settle ms>   stdout: one JSON line { cpuMs, userMs, systemMs, wallMs, logLines }
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSystemClock, createSystemTimers } from '../../main/services/runtime-ports';
import { createFakeShell } from '../../tests/support/fake-shell';
import { createTestApp } from '../../tests/support/test-app';

const [idleArg, settleArg] = process.argv.slice(2);
const idleMs = Number(idleArg);
const settleMs = Number(settleArg);
if (!(idleMs > 0) || !(settleMs >= 0)) throw new Error('usage: idle-cpu.ts <idle ms> <settle ms>');

/**
 * V8 runs a memory-reducing GC about 8 s after JavaScript last ran and allocated, here ~15-20 ms
 * for the start-up heap. The bench's own wake-up to start the clock would put that GC inside the
 * window and bill it to idleness; a full GC just before the window leaves it nothing to do.
 */
function collectStartUpGarbage(): void {
  if (!globalThis.gc) throw new Error('run with node --expose-gc');
  globalThis.gc();
  // A second pass frees what the first only finalized.
  globalThis.gc();
}

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
  await sleep(settleMs);
  collectStartUpGarbage();
  const before = process.cpuUsage();
  const began = performance.now();
  await sleep(idleMs);
  const used = process.cpuUsage(before);
  const wallMs = performance.now() - began;
  const result = {
    cpuMs: (used.user + used.system) / 1000,
    userMs: used.user / 1000,
    systemMs: used.system / 1000,
    wallMs,
    logLines: shell.logger.lines.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  app.dispose();
  await rm(userDataDir, { recursive: true, force: true });
}
