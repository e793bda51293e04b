import { posix, win32 } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  decideAppRequest,
  type AppRequestDecision,
} from '../../../../../main/core/security/app-scheme';

describe('APP_SCHEME_PRIVILEGES (registerSchemesAsPrivileged)', () => {
  it('is a standard, secure scheme that may fetch its own files, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });

  it('never bypasses the Content-Security-Policy, and registers no service workers', () => {
    expect(APP_SCHEME_PRIVILEGES.bypassCSP).not.toBe(true);
    expect(APP_SCHEME_PRIVILEGES.allowServiceWorkers).not.toBe(true);
    expect(Object.isFrozen(APP_SCHEME_PRIVILEGES)).toBe(true);
  });
});

/** Any path the decision serves, joined onto the renderer folder, stays inside it. */
function containment(decide: (url: string) => AppRequestDecision): fc.RunDetails<[string[]]> {
  const segment = fc.oneof(
    fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E.',
      '..%2f',
      '%5c',
      '\\',
      '%00',
      '\u0000',
      'C:',
      '%3A',
      '',
      'a',
      'index.html',
      'x.js',
    ),
    fc.string({ unit: 'grapheme-ascii' }),
    fc.string(),
  );
  const inside = (path: typeof posix, root: string, relative: string): boolean =>
    path.resolve(root, relative).startsWith(root + path.sep) && !path.isAbsolute(relative);
  return fc.check(
    fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
      const decision = decide(`app://unknot/${segments.join('/')}`);
      if (decision.kind === 'refuse') return true;
      return (
        inside(posix, '/opt/unknot/renderer', decision.path) &&
        inside(win32, 'C:\\Unknot\\renderer', decision.path)
      );
    }),
    { numRuns: 5000 },
  );
}

describe('decideAppRequest (the app:// handler before it touches the disk)', () => {
  it('serves the build output with its type', () => {
    expect(decideAppRequest('app://unknot/index.html?view=routine')).toEqual({
      kind: 'serve',
      path: 'index.html',
      contentType: 'text/html; charset=utf-8',
    });
    expect(decideAppRequest('app://unknot/assets/index-B1a2.js')).toMatchObject({
      kind: 'serve',
      path: 'assets/index-B1a2.js',
    });
  });

  it.each([
    // climbing out, raw and encoded (once and twice)
    'app://unknot/../main/index.js',
    'app://unknot/assets/../../package.json',
    'app://unknot/%2e%2e/%2e%2e/etc/passwd',
    'app://unknot/.%2E/secret',
    'app://unknot/%252e%252e/secret',
    'app://unknot/assets/..%2f..%2fpreload/preload.cjs',
    // absolute paths, POSIX and Windows, raw and encoded
    'app://unknot//etc/passwd',
    'app://unknot/%2Fetc%2Fpasswd',
    'app://unknot/C:/Windows/win.ini',
    'app://unknot/C%3A%5CWindows%5Cwin.ini',
    'app://unknot/%5C%5Cserver%5Cshare%5Cx.js',
    // backslashes
    'app://unknot/assets%5c..%5c..%5csecret.js',
    'app://unknot/..\\..\\secret.js',
    // NUL bytes, raw and encoded
    'app://unknot/index.html%00.png',
    'app://unknot/index.html\u0000.png',
    // broken or overlong encodings
    'app://unknot/%ZZ.js',
    'app://unknot/%c0%ae%c0%ae/secret.js',
    // hidden files, unknown types, other hosts and schemes
    'app://unknot/.env',
    'app://unknot/secret.key',
    'app://unknot/Makefile',
    'app://other/index.html',
    'app://unknot:8080/index.html',
    'file:///etc/passwd',
    'https://unknot.app/index.html',
  ])('refuses %s', (url) => {
    expect(decideAppRequest(url).kind).toBe('refuse');
  });

  it('whatever it serves stays inside the renderer folder, on POSIX and on Windows (property)', () => {
    const result = containment(decideAppRequest);
    expect(result.failed, String(result.counterexample)).toBe(false);
  });

  it('the property catches a handler that only decodes the path (negative control)', () => {
    const naive = (url: string): AppRequestDecision => {
      try {
        return {
          kind: 'serve',
          path: decodeURIComponent(new URL(url).pathname).slice(1),
          contentType: 'text/plain',
        };
      } catch {
        return { kind: 'refuse', status: 400 };
      }
    };
    const result = containment(naive);
    expect(result.failed).toBe(true);
    expect(String(result.errorInstance)).toMatch(/returning false/);
  });
});
