/**
 * The idle window both idle-CPU children measure the same way: let start-up work settle, collect
 * its garbage, then count the CPU time the whole process uses while it waits. Run with --expose-gc.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface IdleCpuReport {
  cpuMs: number;
  userMs: number;
  systemMs: number;
  wallMs: number;
}

/**
 * A full GC just before the window, so garbage from start-up is not collected (and billed to
 * idleness) inside it. V8's memory reducer, which runs its own GCs some seconds after start-up
 * stops allocating, is kept out by the caller's settle time (bench/figures/idle-cpu.ts).
 */
function collectStartUpGarbage(): void {
  if (!globalThis.gc) throw new Error('run with node --expose-gc');
  globalThis.gc();
  // A second pass frees what the first only finalized.
  globalThis.gc();
}

export function idleArgs(argv: readonly string[]): { idleMs: number; settleMs: number } {
  const [idleArg, settleArg] = argv;
  const idleMs = Number(idleArg);
  const settleMs = Number(settleArg);
  if (!(idleMs > 0) || !(settleMs >= 0)) throw new Error('usage: <child> <idle ms> <settle ms>');
  return { idleMs, settleMs };
}

export async function measureIdleWindow(idleMs: number, settleMs: number): Promise<IdleCpuReport> {
  await sleep(settleMs);
  collectStartUpGarbage();
  const before = process.cpuUsage();
  const began = performance.now();
  await sleep(idleMs);
  const used = process.cpuUsage(before);
  return {
    cpuMs: (used.user + used.system) / 1000,
    userMs: used.user / 1000,
    systemMs: used.system / 1000,
    wallMs: performance.now() - began,
  };
}
