import { mimeTypeFor, resolveAppPath } from '../app-protocol';

/**
 * The subset of Electron's `Privileges` Unknot sets for app://, typed here because main/core may not
 * import electron. main/electron/protocol.ts passes this object to registerSchemesAsPrivileged, so
 * the type checker holds it to Electron's shape and the unit tests hold it to the policy.
 */
export interface SchemePrivileges {
  readonly standard?: boolean;
  readonly secure?: boolean;
  readonly bypassCSP?: boolean;
  readonly allowServiceWorkers?: boolean;
  readonly supportFetchAPI?: boolean;
  readonly corsEnabled?: boolean;
  readonly stream?: boolean;
  readonly codeCache?: boolean;
}

/**
 * standard: a real origin (relative URLs, localStorage); secure: treated like https, so nothing is
 * "mixed content"; supportFetchAPI: the page may fetch its own assets. Never bypassCSP: the
 * renderer's Content-Security-Policy must bind app:// pages like any other.
 */
export const APP_SCHEME_PRIVILEGES: SchemePrivileges = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
});

export type AppRequestDecision =
  | { readonly kind: 'serve'; readonly path: string; readonly contentType: string }
  | { readonly kind: 'refuse'; readonly status: 400 | 404 };

/**
 * Everything the app:// handler decides before touching the disk: which file inside the renderer
 * build folder (traversal guard) and with which type (only the kinds the build produces).
 */
export function decideAppRequest(requestUrl: string): AppRequestDecision {
  const resolved = resolveAppPath(requestUrl);
  if (!resolved.ok) return { kind: 'refuse', status: resolved.status };
  const contentType = mimeTypeFor(resolved.path);
  if (contentType === undefined) return { kind: 'refuse', status: 404 };
  return { kind: 'serve', path: resolved.path, contentType };
}
