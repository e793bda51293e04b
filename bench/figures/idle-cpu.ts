/** idleCpuMsPer30s: what the composed main-side core costs while it just waits for bedtime. */
import { fromSamples, type Figure } from '../figure';
import { bundleForNode } from '../support/bundle-for-node';
import { withTempDir } from '../support/temp-dir';
import { childScript, runJsonChild } from '../support/json-child';

const IDLE_MS = 30_000;
/** Start-up (module loading, JIT, the first GC) is not idleness; let it finish first. */
const SETTLE_MS = 2_000;

interface IdleCpuReport {
  cpuMs: number;
  userMs: number;
  systemMs: number;
  wallMs: number;
  logLines: number;
}

function isIdleCpuReport(value: unknown): value is IdleCpuReport {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return ['cpuMs', 'userMs', 'systemMs', 'wallMs', 'logLines'].every((k) => typeof fields[k] === 'number');
}

export function measureIdleCpu(idleMs: number, settleMs: number): Promise<IdleCpuReport> {
  return withTempDir('idle-cpu', async (dir) => {
    const bundle = await bundleForNode(childScript('idle-cpu.ts'), dir);
    const report = await runJsonChild(
      ['--expose-gc', bundle, String(idleMs), String(settleMs)],
      idleMs + settleMs + 60_000,
    );
    if (!isIdleCpuReport(report)) throw new Error(`idle-cpu child printed ${JSON.stringify(report)}`);
    return report;
  });
}

export const idleCpuFigure: Figure = {
  key: 'idleCpuMsPer30s',
  label: 'Main-side CPU while idle, per 30 s',
  unit: 'ms',
  budget: { max: 20 },
  async measure() {
    const r = await measureIdleCpu(IDLE_MS, SETTLE_MS);
    return fromSamples(
      [r.cpuMs],
      `one run of 30 s real time (median of several would not fit the 3-minute bench): process CPU ` +
        `(user ${r.userMs.toFixed(1)} + system ${r.systemMs.toFixed(1)} ms) of a child (bundled with vite, plain Node) running createUnknotApp with ` +
        `real clock/timers and fake shell ports, from ${SETTLE_MS / 1000} s after start() and a forced full GC (else V8's ` +
        `memory-reducing GC, ~8 s after the bench's own wake-up, lands in the window: ~15-20 ms here), over ${(r.wallMs / 1000).toFixed(1)} s; ` +
        `${r.logLines} log lines`,
    );
  },
};
