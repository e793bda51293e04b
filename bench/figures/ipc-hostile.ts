/**
 * What one hostile IPC message costs main (issue 12's caps): a recordSession carrying 10⁶ invalid
 * step ids, and one carrying a 24 MiB array of zeros, each sent through the real dispatch in its
 * own child process (bench/children/ipc-hostile.ts). Absolute by nature (a bound on one message,
 * not a speed): answered within 50 ms, growing the heap by under 10 MB. The child's heap is capped
 * so a payload that would exhaust it aborts quickly instead of taking the machine's memory.
 */
import { FigureFailed, fromSamples, sharedMeasurement, type Figure, type Outcome } from '../figure';
import { childScript, runJsonChild } from '../support/json-child';

/** Well above what a bounded answer needs, low enough that an unbounded one aborts quickly. */
const HEAP_CAP_MB = 1024;
const TIMEOUT_MS = 120_000;
const MB = 1_000_000;

interface HostileReport {
  ms: number;
  heapGrowthBytes: number;
  code: string;
  issues: number;
}

function isHostileReport(value: unknown): value is HostileReport {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return (
    typeof f['ms'] === 'number' && typeof f['heapGrowthBytes'] === 'number' && typeof f['code'] === 'string'
  );
}

/** The child's last stderr line, e.g. V8's "FATAL ERROR: … JavaScript heap out of memory". */
function whyItDied(error: unknown): string {
  const stderr = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr) : '';
  const fatal = stderr.split('\n').find((line) => line.includes('FATAL ERROR'));
  const last = stderr.trim().split('\n').at(-1) ?? '';
  const signal = typeof error === 'object' && error !== null && 'signal' in error ? String(error.signal) : '';
  return (
    (fatal ?? last) ||
    (signal ? `killed by ${signal}` : error instanceof Error ? error.message : String(error))
  );
}

/** The child's report, or the reason main would have crashed or stalled. */
async function sendHostile(kind: 'step-ids' | 'zeros'): Promise<HostileReport | string> {
  try {
    const report = await runJsonChild(
      [
        `--max-old-space-size=${HEAP_CAP_MB}`,
        '--expose-gc',
        '--import',
        'tsx',
        childScript('ipc-hostile.ts'),
        kind,
      ],
      TIMEOUT_MS,
    );
    if (!isHostileReport(report)) throw new Error(`ipc-hostile child printed ${JSON.stringify(report)}`);
    return report;
  } catch (error) {
    return `main did not answer: ${whyItDied(error).slice(0, 300)} (heap capped at ${HEAP_CAP_MB} MB, ${TIMEOUT_MS / 1000} s)`;
  }
}

const PAYLOADS = [
  { kind: 'step-ids', key: 'ipcStepIds', what: 'recordSession with 10⁶ invalid step ids' },
  { kind: 'zeros', key: 'ipcZeros', what: 'recordSession with a 24 MiB array of zeros' },
] as const;

function outcome(report: HostileReport | string, value: (r: HostileReport) => number): Outcome {
  if (typeof report === 'string') throw new FigureFailed(report);
  return fromSamples(
    [value(report)],
    `one message through the real dispatch in a child process; answered ${report.code} with ${report.issues} issue(s) ` +
      `in ${report.ms.toFixed(1)} ms, heap +${(report.heapGrowthBytes / MB).toFixed(1)} MB (after a forced GC before, the answer still held)`,
  );
}

export function createIpcHostileFigures(): Figure[] {
  return PAYLOADS.flatMap(({ kind, key, what }): Figure[] => {
    const sent = sharedMeasurement(() => sendHostile(kind));
    return [
      {
        key: `${key}Ms`,
        label: `IPC: ${what}, time to answer`,
        unit: 'ms',
        budget: { max: 50 },
        measure: async () => outcome(await sent(), (r) => r.ms),
      },
      {
        key: `${key}HeapMB`,
        label: `IPC: ${what}, heap growth`,
        unit: 'MB',
        budget: { max: 10 },
        measure: async () => outcome(await sent(), (r) => r.heapGrowthBytes / MB),
      },
    ];
  });
}
