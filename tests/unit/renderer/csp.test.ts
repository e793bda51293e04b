import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config';

const root = resolve(import.meta.dirname, '../../..');
const SOURCE_HTML = resolve(root, 'renderer/index.html');
const BUILT_HTML = resolve(root, 'out/renderer/index.html');

/** The renderer's policy, directive by directive (issue #7). Sources are compared as sets. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'media-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
};
/** Allowed on top, exactly as written: the bundled font files. */
const OPTIONAL: Readonly<Record<string, readonly string[]>> = { 'font-src': ["'self'"] };

/** The content of every <meta http-equiv="Content-Security-Policy">, in order. */
function metaPolicies(html: string): string[] {
  const metas = html.match(/<meta\b[^>]*>/gis) ?? [];
  return metas
    .filter((tag) => /http-equiv\s*=\s*["']content-security-policy["']/i.test(tag))
    .map(
      (tag) => /content\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? /content\s*=\s*'([^']*)'/i.exec(tag)?.[1] ?? '',
    );
}

/** Everything wrong with a policy string; empty when it is exactly the required one. */
function cspProblems(policy: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string[]>();
  for (const part of policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name = '', ...sources] = part.split(/\s+/);
    const directive = name.toLowerCase();
    if (seen.has(directive)) problems.push(`${directive} given twice (browsers keep the first)`);
    else seen.set(directive, sources);
  }
  if (/'unsafe-|'wasm-unsafe-eval'|\bblob:|\*/i.test(policy)) problems.push('an unsafe source is allowed');
  const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
    a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
  for (const [directive, sources] of Object.entries(REQUIRED)) {
    const actual = seen.get(directive);
    if (!actual) problems.push(`${directive} missing`);
    else if (!sameSet(actual, sources))
      problems.push(`${directive} is "${actual.join(' ')}", want "${sources.join(' ')}"`);
  }
  for (const [directive, actual] of seen) {
    if (directive in REQUIRED) continue;
    const allowed = OPTIONAL[directive];
    if (!allowed) problems.push(`unexpected directive ${directive}`);
    else if (!sameSet(actual, allowed))
      problems.push(`${directive} is "${actual.join(' ')}", want "${allowed.join(' ')}"`);
  }
  return problems;
}

function pagePolicy(path: string): string {
  const policies = metaPolicies(readFileSync(path, 'utf8'));
  expect(policies, 'exactly one CSP <meta>').toHaveLength(1);
  return policies[0] ?? '';
}

describe('Content-Security-Policy of the renderer', () => {
  it('renderer/index.html carries exactly the required policy', () => {
    expect(cspProblems(pagePolicy(SOURCE_HTML))).toEqual([]);
  });

  it('the CSP <meta> comes before any script or stylesheet, so it governs them', () => {
    const html = readFileSync(SOURCE_HTML, 'utf8');
    const csp = html.search(/http-equiv="Content-Security-Policy"/i);
    expect(csp).toBeGreaterThan(0);
    expect(csp).toBeLessThan(html.search(/<script|<link/i));
  });

  it('the production build leaves it alone: the only CSP rewrite is for the dev server', () => {
    const plugins = (config.renderer?.plugins ?? []).flat() as Array<{ name?: string; apply?: unknown }>;
    const cspPlugins = plugins.filter(
      (p) => typeof p === 'object' && p !== null && /csp/i.test(p.name ?? ''),
    );
    expect(cspPlugins.map((p) => [p.name, p.apply])).toEqual([['unknot-dev-csp', 'serve']]);
  });

  // `npm test` builds after the unit tests, so this reads the previous build; it is what ships.
  it.skipIf(!existsSync(BUILT_HTML))('out/renderer/index.html (the last build) carries it too', () => {
    expect(cspProblems(pagePolicy(BUILT_HTML))).toEqual([]);
  });

  it.each([
    ["script-src 'self' 'unsafe-inline'", 'unsafe'],
    ["script-src 'self' 'unsafe-eval'", 'unsafe'],
    ["style-src 'self' 'unsafe-inline'", 'unsafe'],
    ['script-src *', 'unsafe'],
    ["object-src 'self'", 'object-src'],
    ["connect-src 'self' https://api.example", 'connect-src'],
    ["frame-src 'self'", 'unexpected directive frame-src'],
    ["default-src 'self'", 'default-src'],
  ])('a policy with %s is refused (negative control)', (change, problem) => {
    const [directive = ''] = change.split(' ');
    const base = pagePolicy(SOURCE_HTML);
    const mutated = base.includes(`${directive} `)
      ? base.replace(new RegExp(`${directive} [^;]*`), change)
      : `${base}; ${change}`;
    expect(cspProblems(mutated).join('\n')).toContain(problem);
  });

  it('a policy without base-uri is refused, and a duplicate directive too (negative control)', () => {
    const base = pagePolicy(SOURCE_HTML);
    expect(cspProblems(base.replace(/base-uri [^;]*;?/, ''))).toContain('base-uri missing');
    expect(cspProblems(`${base}; script-src 'self'`).join('\n')).toContain('given twice');
  });
});
