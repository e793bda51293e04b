/**
 * Serves a built folder to a browser context by request interception (the e2e harness and the
 * benchmark both use it): a made-up origin, no server, and the production app:// protocol's own
 * path guard and MIME table. The folder is read into memory first, so disk reads are not part of
 * what the cold-start figures time.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { APP_ORIGIN, mimeTypeFor, resolveAppPath } from '../../main/core/app-protocol';

/** The made-up origin the renderer is served from; the test IPC bridge trusts this origin only. */
export const TEST_ORIGIN = 'http://unknot.test';

export type FolderContents = ReadonlyMap<string, Buffer>;

export async function readFolder(dir: string): Promise<FolderContents> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), await readFile(path));
  }
  return files;
}

export async function serveFolder(context: BrowserContext, files: FolderContents): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${TEST_ORIGIN}/`)) return route.abort('blockedbyclient');
    const resolved = resolveAppPath(`${APP_ORIGIN}/${url.slice(TEST_ORIGIN.length + 1)}`);
    const type = resolved.ok ? mimeTypeFor(resolved.path) : undefined;
    const body = resolved.ok ? files.get(resolved.path) : undefined;
    if (type === undefined || body === undefined) return route.fulfill({ status: 404 });
    return route.fulfill({ status: 200, body, contentType: type });
  });
}
