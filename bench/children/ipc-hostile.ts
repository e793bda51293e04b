/**
 * Child process for the hostile-payload figures: composes the app (fake shell ports, fake clock
 * and timers: nothing else runs), then sends one oversized recordSession through the real
 * dispatch, as a compromised page could, and reports how long dispatch took to answer and how
 * much the heap grew by then (the answer still held, as main holds it until it is sent back).
 * In a child so that a payload that exhausts the heap aborts this process, not the bench.
 * Run with --expose-gc.  argv: step-ids | zeros   stdout: { ms, heapGrowthBytes, code, issues }
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVOKE_CHANNELS } from '../../main/core/ipc/channels';
import { createFakeShell } from '../../tests/support/fake-shell';
import { createFakeTime } from '../../tests/support/fake-time';
import { createTestApp } from '../../tests/support/test-app';

/** 10⁶ strings that are not step ids (not even in a step id's form, so each item fails). */
const STEP_ID_COUNT = 1_000_000;
/** Zeros filling 24 MiB as sent (each is about two bytes serialised: "0," or a tag and a byte). */
const ZERO_COUNT = (24 * 2 ** 20) / 2;

function hostileSteps(kind: string): unknown[] {
  if (kind === 'step-ids') return new Array<string>(STEP_ID_COUNT).fill('Not a step!');
  if (kind === 'zeros') return new Array<number>(ZERO_COUNT).fill(0);
  throw new Error('usage: ipc-hostile.ts step-ids|zeros');
}

function collect(): void {
  if (!globalThis.gc) throw new Error('run with node --expose-gc');
  globalThis.gc();
  globalThis.gc();
}

const stepsDone = hostileSteps(process.argv[2] ?? '');
const dir = await mkdtemp(join(tmpdir(), 'unknot-bench-ipc-'));
const time = createFakeTime(Date.parse('2026-11-24T12:00:00Z'), 'Europe/Berlin');
const app = createTestApp({
  userDataDir: dir,
  clock: time.clock,
  timers: time.timers,
  shell: createFakeShell(),
});
try {
  await app.start();
  const startedAt = Date.parse('2026-11-23T21:30:00Z');
  const payload = {
    startedAt,
    endedAt: startedAt + 600_000,
    preset: 'standard',
    stepsDone,
    stepsSkipped: [],
    completed: true,
  };
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const began = performance.now();
  const reply = await app.dispatch(INVOKE_CHANNELS.recordSession, payload);
  const ms = performance.now() - began;
  const heapGrowthBytes = process.memoryUsage().heapUsed - heapBefore;
  const error = reply.ok ? null : reply.error;
  const result = { ms, heapGrowthBytes, code: error?.code ?? 'ok', issues: error?.issues?.length ?? 0 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  app.dispose();
  await rm(dir, { recursive: true, force: true });
}
