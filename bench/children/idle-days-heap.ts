/**
 * Child process for idleHeapRatio: the composed app (fake shell ports, fake clock and timers) in a
 * temp profile, started, then 30 simulated days of nobody answering anything (a reminder each
 * night, a check-in offer each morning, their state saved to disk). Reports main's used heap
 * after start and after the 30 days, each after a forced full GC. Run with --expose-gc.
 * argv: <days>   stdout: one JSON line { startBytes, afterBytes, wakeUps }
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeShell } from '../../tests/support/fake-shell';
import { createFakeTime } from '../../tests/support/fake-time';
import { createTestApp } from '../../tests/support/test-app';

const HOUR_MS = 3_600_000;
const days = Number(process.argv[2]);
if (!Number.isInteger(days) || days < 1) throw new Error('usage: idle-days-heap.ts <days>');

function usedHeapAfterGc(): number {
  if (!globalThis.gc) throw new Error('run with node --expose-gc');
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const dir = await mkdtemp(join(tmpdir(), 'unknot-bench-heap-'));
const time = createFakeTime(Date.parse('2026-01-05T12:00:00Z'), 'Europe/Berlin');
const app = createTestApp({
  userDataDir: dir,
  clock: time.clock,
  timers: time.timers,
  shell: createFakeShell(),
});
try {
  await app.start();
  await app.flush();
  const startBytes = usedHeapAfterGc();
  // Hour by hour, letting each wake-up's saves finish, as real time would.
  for (let hour = 0; hour < days * 24; hour += 1) {
    time.advanceBy(HOUR_MS);
    await app.flush();
  }
  const afterBytes = usedHeapAfterGc();
  process.stdout.write(`${JSON.stringify({ startBytes, afterBytes, wakeUps: time.wakeUps })}\n`);
} finally {
  app.dispose();
  await rm(dir, { recursive: true, force: true });
}
