import { net, protocol } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, mimeTypeFor, resolveAppPath } from '../core/app-protocol';

/** Must run before app 'ready'. Standard + secure gives app:// a real origin; CSP is never bypassed. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the renderer build folder; every path goes through the pure traversal guard first. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppPath(request.url);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    const type = mimeTypeFor(resolved.path);
    if (type === undefined) return new Response(null, { status: 404 });
    const file = await net.fetch(pathToFileURL(join(rendererDir, resolved.path)).toString());
    if (!file.ok) return new Response(null, { status: 404 });
    return new Response(file.body, { status: 200, headers: { 'content-type': type } });
  });
}
