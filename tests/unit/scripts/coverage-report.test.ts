import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addIstanbul, folderOf, summarise, type FileLines } from '../../../scripts/coverage-report.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');

/** An Istanbul record with one statement per given line, hit `count` times. */
function record(lines: Record<number, number>): Record<string, unknown> {
  const entries = Object.entries(lines);
  return {
    statementMap: Object.fromEntries(
      entries.map(([line], i) => [
        i,
        { start: { line: Number(line), column: 0 }, end: { line: Number(line), column: 1 } },
      ]),
    ),
    s: Object.fromEntries(entries.map(([, count], i) => [i, count])),
  };
}

describe('coverage report', () => {
  it('a line is covered when either run covered it, and counted once', () => {
    const files: FileLines = new Map();
    addIstanbul(files, { [`${ROOT}/main/core/a.ts`]: record({ 1: 1, 2: 0, 3: 0 }) });
    addIstanbul(files, { [`${ROOT}/main/core/a.ts`]: record({ 2: 4, 3: 0, 4: 0 }) });
    const { total } = summarise(files);
    expect(total).toEqual({ covered: 2, lines: 4 });
  });

  it('keeps only main/ and renderer/ sources, and files only Electron runs out of the total', () => {
    const files: FileLines = new Map();
    addIstanbul(files, {
      [`${ROOT}/node_modules/svelte/src/index.js`]: record({ 1: 0 }),
      [`${ROOT}/renderer/App.svelte`]: record({ 1: 1 }),
      [`${ROOT}/main/electron/tray.ts`]: record({ 1: 0, 2: 0 }),
      [`${ROOT}/main/index.ts`]: record({ 1: 0 }),
      [`${ROOT}/main/preload.ts`]: record({ 1: 0 }),
    });
    const { total, folders, runtimeOnly } = summarise(files);
    expect(total).toEqual({ covered: 1, lines: 1 });
    expect([...folders.keys()]).toEqual(['renderer (top-level files)']);
    expect(runtimeOnly.map((r) => r.file)).toEqual([
      'main/electron/tray.ts',
      'main/index.ts',
      'main/preload.ts',
    ]);
    for (const r of runtimeOnly) expect(r.reason).toMatch(/Electron/);
  });

  it('reports by top folder', () => {
    expect(folderOf('main/core/routine/plan.ts')).toBe('main/core');
    expect(folderOf('renderer/components/settings/StepRow.svelte')).toBe('renderer/components');
    expect(folderOf('main/app.ts')).toBe('main (top-level files)');
  });
});
