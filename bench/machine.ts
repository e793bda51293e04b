/** The machine a run happened on, so figures from different machines are never compared blindly. */
import { execFile } from 'node:child_process';
import { availableParallelism, arch, loadavg, release, totalmem } from 'node:os';
import { promisify } from 'node:util';
import { findChromium } from '../tests/support/browser';

export interface MachineInfo {
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  /** `chromium --version` of the browser the Chromium figures use, or why it is unknown. */
  readonly chromium: string;
  readonly platform: string;
  /** 1, 5 and 15-minute load averages when the run began: timing figures from a busy machine are noisy. */
  readonly loadAverage: readonly number[];
}

/** A 1-minute load average above the core count means other work queued for the cores. */
export function isBusy(load: readonly number[], cores: number): boolean {
  return (load[0] ?? 0) > cores;
}

export function currentLoad(): number[] {
  return loadavg().map((x) => Math.round(x * 100) / 100);
}

async function chromiumVersion(): Promise<string> {
  try {
    // Debian's wrapper script prints shell noise on stderr; the version is on stdout.
    const { stdout } = await promisify(execFile)(findChromium(), ['--version'], { timeout: 15_000 });
    return stdout.trim();
  } catch (error) {
    return `unknown (${error instanceof Error ? error.message : String(error)})`;
  }
}

export async function describeMachine(): Promise<MachineInfo> {
  return {
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: await chromiumVersion(),
    platform: `${process.platform} ${release()} ${arch()}`,
    loadAverage: currentLoad(),
  };
}
