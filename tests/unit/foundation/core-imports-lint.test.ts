import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Shown by the config, not by a committed bad file: lint source text as if it lived in main/core.
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

describe('lint boundary of main/core', () => {
  it.each([
    "import { app } from 'electron';\nexport const x = app;\n",
    "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n",
    "import { join } from 'node:path';\nexport const x = join;\n",
  ])(
    'rejects %s in main/core',
    async (code) => {
      expect(await ruleIds(code, 'main/core/bad-example.ts')).toContain('no-restricted-imports');
    },
    30_000,
  );

  it('allows the same import outside main/core (adapters)', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await ruleIds(code, 'main/electron/example.ts')).not.toContain('no-restricted-imports');
  }, 30_000);

  it('rejects setInterval anywhere (no polling)', async () => {
    expect(await ruleIds('setInterval(() => undefined, 1000);\n', 'main/services/example.ts')).toContain(
      'no-restricted-syntax',
    );
  }, 30_000);
});
