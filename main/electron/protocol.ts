import { net, protocol } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME } from '../core/app-protocol';
import { APP_SCHEME_PRIVILEGES, decideAppRequest } from '../core/security/app-scheme';

/** Must run before app 'ready'. The privileges (never bypassCSP) live in core, where they are tested. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves the renderer build folder; decideAppRequest (traversal guard, known types) runs first. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const decision = decideAppRequest(request.url);
    if (decision.kind === 'refuse') return new Response(null, { status: decision.status });
    const file = await net.fetch(pathToFileURL(join(rendererDir, decision.path)).toString());
    if (!file.ok) return new Response(null, { status: 404 });
    return new Response(file.body, { status: 200, headers: { 'content-type': decision.contentType } });
  });
}
