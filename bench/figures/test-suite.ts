/**
 * testSuiteSeconds: the wall time of the whole `npm test`. Running it takes minutes, longer than
 * the bench may, so by default the figure is the last recorded run: tests/run-all.mjs is to write
 * LAST_TEST_RUN (git-ignored) as { "seconds": number, "finishedAt": ISO string }. With --with-tests
 * the bench runs `npm test` itself.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fromSamples, notMeasuredYet, type Figure, type Outcome } from '../figure';
import { REPO_ROOT } from '../support/paths';

export const LAST_TEST_RUN = resolve(REPO_ROOT, 'bench/.last-test-run.json');

interface LastTestRun {
  seconds: number;
  finishedAt: string;
}

function isLastTestRun(value: unknown): value is LastTestRun {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return typeof fields['seconds'] === 'number' && typeof fields['finishedAt'] === 'string';
}

async function fromLastRun(): Promise<Outcome> {
  let text: string;
  try {
    text = await readFile(LAST_TEST_RUN, 'utf8');
  } catch {
    return notMeasuredYet(
      `no ${LAST_TEST_RUN.slice(REPO_ROOT.length + 1)} (written by npm test's run-all.mjs); run \`npm test\` first, or bench with --with-tests`,
    );
  }
  const last: unknown = JSON.parse(text);
  if (!isLastTestRun(last)) throw new Error(`${LAST_TEST_RUN} is not { seconds, finishedAt }: ${text}`);
  return fromSamples([last.seconds], `from the last npm test at ${last.finishedAt} (one run)`);
}

/** Runs `npm test` with its output passed through to stderr, so the bench's stdout stays the report. */
function runNpmTest(): Promise<{ seconds: number; code: number | null }> {
  return new Promise((resolvePromise, reject) => {
    const began = performance.now();
    const child = spawn('npm', ['test'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ seconds: (performance.now() - began) / 1000, code }));
  });
}

export const testSuiteFigure: Figure = {
  key: 'testSuiteSeconds',
  label: 'Whole `npm test` wall time',
  unit: 's',
  async measure({ withTests }) {
    if (!withTests) return fromLastRun();
    const { seconds, code } = await runNpmTest();
    const outcome = code === 0 ? 'passed' : `FAILED (exit ${String(code)})`;
    return fromSamples([seconds], `one \`npm test\` run by this bench (--with-tests); it ${outcome}`);
  },
};
