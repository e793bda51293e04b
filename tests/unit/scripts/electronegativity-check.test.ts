import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, knownCheckIds, parseSuppressions } from '../../../scripts/electronegativity-check.mjs';

describe('eng-disable comments', () => {
  it('reads the checks and the reason, in JS and HTML comments', () => {
    const text = [
      'const a = 1; // eng-disable PRELOAD_JS_CHECK: our own sandboxed bridge',
      '/* eng-disable OPEN_EXTERNAL_JS_CHECK, AUXCLICK_JS_CHECK: allowlist only */ go();',
      '<webview src="x"> <!-- eng-disable ALLOWPOPUPS_HTML_CHECK: a test page -->',
      'x(); // eng-disable SANDBOX_JS_CHECK',
      '// just prose about eng-disable comments',
    ].join('\n');
    expect(parseSuppressions('f.ts', text)).toEqual([
      { file: 'f.ts', line: 1, checks: ['PRELOAD_JS_CHECK'], reason: 'our own sandboxed bridge' },
      {
        file: 'f.ts',
        line: 2,
        checks: ['OPEN_EXTERNAL_JS_CHECK', 'AUXCLICK_JS_CHECK'],
        reason: 'allowlist only',
      },
      { file: 'f.ts', line: 3, checks: ['ALLOWPOPUPS_HTML_CHECK'], reason: 'a test page' },
      { file: 'f.ts', line: 4, checks: ['SANDBOX_JS_CHECK'], reason: '' },
      { file: 'f.ts', line: 5, checks: [], reason: '' },
    ]);
  });

  it('knows the tool’s check ids', () => {
    expect(knownCheckIds()).toEqual(expect.any(Set));
    expect([...knownCheckIds()]).toEqual(
      expect.arrayContaining(['PRELOAD_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'CSP_GLOBAL_CHECK']),
    );
  });
});

// The real scanner over a tiny app, so the gate is shown to fail (negative control) and to honour
// reasoned silencing. Under a second per scan, offline.
describe('the electronegativity gate', () => {
  let root: string;
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'" />`;
  const REASON = 'eng-disable AUXCLICK_JS_CHECK: the fixture needs no middle-click advice';
  const app = (webPreferences: string, extra = ''): string =>
    [
      "import { BrowserWindow, session } from 'electron';",
      'session.defaultSession.setPermissionRequestHandler((_c, _p, cb) => cb(false));',
      `export const win = new BrowserWindow({ webPreferences: ${webPreferences} }); // ${REASON}`,
      "win.webContents.on('will-navigate', (e) => e.preventDefault());",
      "win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));",
      extra,
    ].join('\n');
  const locked = '{ sandbox: true, contextIsolation: true, nodeIntegration: false }';
  const run = async (main: string) => {
    await writeFile(join(root, 'main', 'index.ts'), main);
    return check({ root, sources: ['main', 'renderer'], electronVersion: '45.4.1' });
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'unknot-eng-fixture-'));
    await mkdir(join(root, 'main'));
    await mkdir(join(root, 'renderer'));
    await writeFile(join(root, 'renderer', 'index.html'), `<!doctype html><html><head>${csp}</head></html>`);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('passes a locked-down window, reporting what its comment silenced', async () => {
    const result = await run(app(locked));
    expect(result.failures).toEqual([]);
    expect(result.silenced.map((s) => [s.id, s.line, s.suppression?.reason])).toEqual([
      ['AUXCLICK_JS_CHECK', 3, 'the fixture needs no middle-click advice'],
    ]);
  }, 30_000);

  it('fails on a window without context isolation or sandbox (negative control)', async () => {
    const failures = (await run(app('{ contextIsolation: false, nodeIntegration: true }'))).failures.join(
      '\n',
    );
    expect(failures).toMatch(/HIGH CONTEXT_ISOLATION_JS_CHECK main\/index\.ts:3/);
    expect(failures).toMatch(/MEDIUM SANDBOX_JS_CHECK main\/index\.ts:3/);
  }, 30_000);

  it('fails on a silencing comment without a reason, or one that silences nothing', async () => {
    const main = app(
      locked,
      'export const x = 1; // eng-disable SANDBOX_JS_CHECK: nothing to silence here',
    ).replace(REASON, 'eng-disable AUXCLICK_JS_CHECK');
    const failures = (await run(main)).failures.join('\n');
    expect(failures).toMatch(/index\.ts:3: eng-disable needs a reason/);
    expect(failures).toMatch(/index\.ts:6: eng-disable SANDBOX_JS_CHECK silences nothing/);
  }, 30_000);
});
