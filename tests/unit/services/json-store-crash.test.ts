/**
 * Crash safety: a child process saves settings in a loop and is killed with SIGKILL at random
 * moments, hundreds of times. After every kill settings.json (and its last-good copy) must parse,
 * validate, and equal one of the versions being saved: never empty, half-written or mixed.
 */
import { spawn } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSettings, type Settings } from '../../../main/core/settings/schema';
import { createJsonFileStore } from '../../../main/services/json-store';
import { settingsArbitrary } from '../../support/settings-arbitrary';

const KILLS = 220;
const CHILD = new URL('../../support/save-loop-child.mjs', import.meta.url).pathname;
const REPO_ROOT = new URL('../../../', import.meta.url).pathname;
const STORE_SOURCE = join(REPO_ROOT, 'main/services/json-store.ts');

let work: string;
let storeModule: string;
let versionsFile: string;
let versions: Settings[];
/** JSON text of each version -> its index (the store preserves key order). */
let versionIndex: Map<string, number>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'unknot-crash-'));
  // Node 20 can't import .ts: compile the store and the project modules it imports (type-only
  // imports compile away), keeping their relative layout so the imports still resolve.
  storeModule = await compileForNode(STORE_SOURCE, join(work, 'js'));
  // Distinct versions of varied size (0..30 steps), so a torn write would be visible.
  versions = fc.sample(settingsArbitrary, { numRuns: 40, seed: 20250301 }).map((s, i) => ({
    ...s,
    schedule: { ...s.schedule, leadMinutes: i },
  }));
  versionIndex = new Map(versions.map((v, i) => [JSON.stringify(v), i]));
  expect(versionIndex.size).toBe(versions.length);
  versionsFile = join(work, 'versions.json');
  await writeFile(versionsFile, JSON.stringify(versions));
});

/** Compiles a .ts module and, recursively, its relative imports to .mjs files under `outRoot`. */
async function compileForNode(source: string, outRoot: string, done = new Set<string>()): Promise<string> {
  const target = join(outRoot, relative(REPO_ROOT, source)).replace(/\.ts$/, '.mjs');
  if (done.has(source)) return target;
  done.add(source);
  const { outputText } = ts.transpileModule(await readFile(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const imports = [...outputText.matchAll(/from\s+['"](\.{1,2}\/[^'"]*)['"]/g)].map((m) => m[1] ?? '');
  for (const specifier of imports)
    await compileForNode(join(dirname(source), `${specifier}.ts`), outRoot, done);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, outputText.replace(/(from\s+['"]\.{1,2}\/[^'"]*)(['"])/g, '$1.mjs$2'));
  return target;
}

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function runChildUntilKilled(dir: string, firstIndex: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, storeModule, dir, versionsFile, String(firstIndex)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (killed || !chunk.toString().includes('ready')) return;
      killed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child exited on its own (code ${code}): ${stderr}`));
    });
  });
}

async function expectOneOfTheVersions(path: string): Promise<number> {
  const text = await readFile(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not valid JSON after a kill (${text.length} bytes)`);
  }
  const result = validateSettings(parsed);
  expect(result.ok).toBe(true);
  const index = versionIndex.get(JSON.stringify(parsed)) ?? -1;
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

describe('json-store under SIGKILL', () => {
  it(`settings.json is always a whole saved version after ${KILLS} random kills`, async () => {
    const dir = join(work, 'data');
    const seed = createJsonFileStore({ dir, name: 'settings' });
    await seed.save(versions[0]);
    const random = fc.sample(fc.integer({ min: 5, max: 40 }), { numRuns: KILLS, seed: 99 });
    const seen = new Set<number>();
    let killedMidWrite = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      await runChildUntilKilled(dir, kill % versions.length, random[kill] ?? 20);
      seen.add(await expectOneOfTheVersions(join(dir, 'settings.json')));
      if (await exists(join(dir, 'settings.last-good.json'))) {
        await expectOneOfTheVersions(join(dir, 'settings.last-good.json'));
      }
      if (
        (await exists(join(dir, 'settings.json.tmp'))) ||
        (await exists(join(dir, 'settings.last-good.json.tmp')))
      ) {
        killedMidWrite++;
      }
    }
    // The kills must actually have landed during saves, or this test would prove nothing.
    expect(seen.size).toBeGreaterThan(10);
    expect(killedMidWrite).toBeGreaterThan(0);
    console.info(
      `crash test: ${KILLS} kills, ${killedMidWrite} left a temp file, ${seen.size} distinct versions seen`,
    );
  }, 90_000);
});
