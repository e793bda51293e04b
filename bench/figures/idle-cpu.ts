/**
 * idleCpuRatio: what the composed main-side core costs while it just waits for bedtime, against a
 * bare Node process waiting as long, each in its own child process, measured the same way
 * (bench/children/idle-window.ts). The two sides of a pair idle at the same time rather than one
 * after the other: idle processes do not compete for a core, and the same 30 s then weigh on both
 * (each side is a few milliseconds of CPU, so a GC or a busy neighbour in one window but not the
 * other would otherwise decide the ratio). Which child starts first alternates pair by pair.
 */
import { fromPaired, type Figure } from '../figure';
import { bundleForNode } from '../support/bundle-for-node';
import { childScript, runJsonChild } from '../support/json-child';
import { withTempDir } from '../support/temp-dir';

const IDLE_MS = 30_000;
/**
 * Start-up (module loading, JIT, GC) is not idleness; let it finish first. That includes V8's
 * memory reducer: once start-up stops allocating it runs up to three GCs about 8 s apart (traced
 * here at 16–17 s after start with a 9 MB heap, ~20 ms of CPU), which a 2 s settle put inside the
 * window and billed to idleness: the app then read 23 ms per 30 s against 3 ms without it.
 */
const SETTLE_MS = 20_000;
const PAIRS = 4;

interface IdleCpuReport {
  cpuMs: number;
  userMs: number;
  systemMs: number;
  wallMs: number;
}

function isIdleCpuReport(value: unknown): value is IdleCpuReport {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return ['cpuMs', 'userMs', 'systemMs', 'wallMs'].every((k) => typeof fields[k] === 'number');
}

async function idleCpuMs(bundle: string, notes: string[]): Promise<number> {
  const report = await runJsonChild(
    ['--expose-gc', bundle, String(IDLE_MS), String(SETTLE_MS)],
    IDLE_MS + SETTLE_MS + 60_000,
  );
  if (!isIdleCpuReport(report)) throw new Error(`idle child printed ${JSON.stringify(report)}`);
  const fired = 'timersFired' in report ? `, ${String(report.timersFired)} app timer(s) fired` : '';
  notes.push(`${report.userMs.toFixed(1)}+${report.systemMs.toFixed(1)}${fired}`);
  return report.cpuMs;
}

export const idleCpuFigure: Figure = {
  key: 'idleCpuRatio',
  label: 'Idle CPU per 30 s, composed app / bare Node',
  unit: '×',
  budget: { max: 1.5 },
  measure: () =>
    withTempDir('idle-cpu', async (dir) => {
      const app = await bundleForNode(childScript('idle-cpu.ts'), `${dir}/app`);
      const bare = await bundleForNode(childScript('idle-bare.ts'), `${dir}/bare`);
      const appNotes: string[] = [];
      const bareNotes: string[] = [];
      const paired = { a: [] as number[], b: [] as number[] };
      for (let pair = 0; pair < PAIRS; pair += 1) {
        const appRun = (): Promise<number> => idleCpuMs(app, appNotes);
        const bareRun = (): Promise<number> => idleCpuMs(bare, bareNotes);
        const [appMs, bareMs] =
          pair % 2 === 0
            ? await Promise.all([appRun(), bareRun()])
            : await Promise.all([bareRun(), appRun()]).then(([b, a]) => [a, b] as const);
        paired.a.push(appMs);
        paired.b.push(bareMs);
      }
      return fromPaired(
        paired,
        { label: 'app', unit: 'ms' },
        { label: 'bare Node', unit: 'ms' },
        `median of ${PAIRS} per-pair ratios, app and bare idling at the same time, which starts first alternating; each a child process (bundled with vite, plain Node, ` +
          `--expose-gc) idling ${IDLE_MS / 1000} s from ${SETTLE_MS / 1000} s after start (after V8's memory reducer has run its GCs) and a ` +
          `forced full GC; the app child runs createUnknotApp with real clock/timers ` +
          `and fake shell ports; process CPU user+system ms per run: app ${appNotes.join(', ')}; bare ${bareNotes.join(', ')}`,
      );
    }),
};
