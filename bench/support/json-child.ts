/**
 * Runs a bench/children script in its own Node process and returns the JSON it prints as its
 * last stdout line. A child keeps the bench's own work out of what it measures, and its timeout
 * stops a runaway measurement without stopping the bench.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './paths';

export function childScript(name: string): string {
  return resolve(REPO_ROOT, 'bench/children', name);
}

/** `node <nodeArgs...>`; e.g. ['--import', 'tsx', childScript('x.ts'), ...args] or a bundled file. */
export async function runJsonChild(nodeArgs: readonly string[], timeoutMs: number): Promise<unknown> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, nodeArgs, {
      cwd: REPO_ROOT,
      timeout: timeoutMs,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '');
  } catch (error) {
    const killed = typeof error === 'object' && error !== null && 'killed' in error && error.killed === true;
    if (killed)
      throw new Error(`${nodeArgs.join(' ')} did not finish within ${timeoutMs / 1000} s and was stopped`, {
        cause: error,
      });
    throw error;
  }
}
