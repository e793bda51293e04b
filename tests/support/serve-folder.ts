/**
 * Serves a built folder to a browser, decided by the production app:// protocol's own path guard
 * and MIME table (decideAppRequest). Two ways:
 * - serveFolder: request interception in a browser context, at a made-up origin the e2e harness's
 *   IPC bridge trusts. Each file is a Playwright round trip into Node (10–30 ms on a busy machine).
 * - serveOverLoopback: a plain HTTP server on 127.0.0.1, for timed loads: a file then costs about
 *   what Electron's app:// handler costs (a hop to main and back), not a harness round trip.
 * The folder is read into memory first, so disk reads are not part of what the cold-start figures time.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, relative, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { APP_ORIGIN } from '../../main/core/app-protocol';
import { decideAppRequest } from '../../main/core/security/app-scheme';

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

type Answer = { status: 200; body: Buffer; contentType: string } | { status: number };

/** What app:// would answer for `pathAndQuery` (the part after the origin's slash). */
function answerFor(files: FolderContents, pathAndQuery: string): Answer {
  const decision = decideAppRequest(`${APP_ORIGIN}/${pathAndQuery}`);
  if (decision.kind === 'refuse') return { status: decision.status };
  const body = files.get(decision.path);
  return body === undefined ? { status: 404 } : { status: 200, body, contentType: decision.contentType };
}

export async function serveFolder(context: BrowserContext, files: FolderContents): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${TEST_ORIGIN}/`)) return route.abort('blockedbyclient');
    const answer = answerFor(files, url.slice(TEST_ORIGIN.length + 1));
    if (!('body' in answer)) return route.fulfill({ status: answer.status });
    return route.fulfill({ status: 200, body: answer.body, contentType: answer.contentType });
  });
}

export interface LoopbackServer {
  /** e.g. "http://127.0.0.1:41234" */
  readonly origin: string;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 (a free port) answering as app:// would; nothing is cached by the browser. */
export async function serveOverLoopback(files: FolderContents): Promise<LoopbackServer> {
  const server = createServer((request, response) => {
    const answer = answerFor(files, (request.url ?? '/').replace(/^\//, ''));
    if (!('body' in answer)) {
      response.writeHead(answer.status).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': answer.contentType,
        'content-length': answer.body.byteLength,
        'cache-control': 'no-store',
      })
      .end(answer.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the loopback server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
