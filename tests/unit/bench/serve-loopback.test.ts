import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { serveOverLoopback, type LoopbackServer } from '../../support/serve-folder';

/** The status for a raw request path, sent as written (fetch would resolve dot segments first). */
function statusOf(origin: string, path: string): Promise<number | undefined> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    })
      .on('error', reject)
      .end();
  });
}

describe('the loopback file server for timed loads', () => {
  const files = new Map([
    ['index.html', Buffer.from('<!doctype html><title>x</title>')],
    ['assets/index-abc.js', Buffer.from('export {};')],
  ]);
  let server: LoopbackServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers as app:// does: the file with its type, uncached', async () => {
    server = await serveOverLoopback(files);
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${server.origin}/index.html?view=routine`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toBe('<!doctype html><title>x</title>');
    const script = await fetch(`${server.origin}/assets/index-abc.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('refuses what the app:// guard refuses, and files the build does not have', async () => {
    server = await serveOverLoopback(files);
    expect(await statusOf(server.origin, '/%2e%2e/secret.js')).toBe(400);
    expect(await statusOf(server.origin, '/../secret.js')).toBe(400);
    expect((await fetch(`${server.origin}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.origin}/notes.txt`)).status).toBe(404);
  });

  it('closes, so a timed load leaves nothing listening', async () => {
    const closing = await serveOverLoopback(files);
    await closing.close();
    await expect(fetch(`${closing.origin}/index.html`)).rejects.toThrow();
  });
});
