import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppPath } from '../../../main/core/app-protocol';

describe('resolveAppPath (app:// traversal guard)', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath('app://unknot/index.html')).toEqual({ ok: true, path: 'index.html' });
    expect(resolveAppPath('app://unknot/')).toEqual({ ok: true, path: 'index.html' });
    expect(resolveAppPath('app://unknot/assets/index-abc.js?v=1#x')).toEqual({
      ok: true,
      path: 'assets/index-abc.js',
    });
  });

  it.each([
    'app://unknot/../secret.txt',
    'app://unknot/assets/../../etc/passwd',
    'app://unknot/%2e%2e/%2e%2e/etc/passwd',
    'app://unknot/%2E%2E%2Fetc%2Fpasswd',
    'app://unknot/assets/..%2f..%2fmain.js',
    'app://unknot/..%5c..%5cwindows%5cwin.ini',
    'app://unknot/assets%5c..%5c..%5csecret',
    'app://unknot/index.html%00.png',
    'app://unknot/%252e%252e/secret',
    'app://unknot//etc/passwd',
    'app://unknot/C:/Windows/win.ini',
    'app://unknot/C%3A%5CWindows',
    'app://unknot/.env',
    'app://unknot/%ZZ',
    'app://evil/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url).ok).toBe(false);
  });

  it('never yields a path that climbs out, starts at a root or holds a backslash or NUL (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2e',
        '..%2f',
        '%5c',
        '\\',
        '%00',
        '',
        'C:',
        '%252e',
        'a',
        'index.html',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const result = resolveAppPath(`app://unknot/${segments.join('/')}`);
        if (!result.ok) return true;
        const parts = result.path.split('/');
        return (
          !parts.includes('..') &&
          !parts.includes('.') &&
          !/\\|\0|:|%/.test(result.path) &&
          !result.path.startsWith('/')
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('serves only known file types', () => {
    expect(mimeTypeFor('assets/a.js')).toMatch(/javascript/);
    expect(mimeTypeFor('index.html')).toMatch(/html/);
    expect(mimeTypeFor('secret.key')).toBeUndefined();
    expect(mimeTypeFor('Makefile')).toBeUndefined();
  });
});
