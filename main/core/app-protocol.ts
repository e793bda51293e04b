/** The renderer is served from app://unknot/… rather than file://, so it has a real origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'unknot';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type AppPathResult = { ok: true; path: string } | { ok: false; status: 400 | 404 };

/**
 * Maps an app:// request URL to a relative path inside the renderer's build folder, or refuses.
 * Pure string work so it can be tested with hostile input under Node. Decoding happens once, and
 * the decoded segments are checked, so "%2e%2e", "..%2f", backslashes and NUL bytes cannot climb out.
 */
export function resolveAppPath(requestUrl: string): AppPathResult {
  // URL parsing would quietly resolve "..": refuse any dot-dot, raw or encoded, before it can.
  if (/\.\.|%2e/i.test(requestUrl)) return { ok: false, status: 400 };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };
  const raw = url.pathname === '' || url.pathname === '/' ? '/index.html' : url.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400 };
  }
  if (/[\0\\:]/.test(decoded) || decoded.includes('%') || decoded.includes('//'))
    return { ok: false, status: 400 };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.length === 0) return { ok: false, status: 404 };
  if (segments.some((s) => s === '.' || s === '..' || s.startsWith('.'))) return { ok: false, status: 404 };
  if (!/^[A-Za-z0-9._\-/]+$/.test(segments.join('/'))) return { ok: false, status: 404 };
  return { ok: true, path: segments.join('/') };
}

/** MIME types for what the renderer build contains; anything else is not served. */
export const APP_MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  json: 'application/json',
};

export function mimeTypeFor(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : APP_MIME_TYPES[path.slice(dot + 1).toLowerCase()];
}
