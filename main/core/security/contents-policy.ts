/**
 * What a page may do beyond its own window: navigate, open windows, hand links to the browser, use
 * device or browser permissions. main/electron/security.ts applies these decisions to Electron.
 */
import { isOnTrustedOrigin } from './origins';

/**
 * Unknot loads only its own renderer, so a navigation or redirect may only stay on a trusted origin
 * (app://unknot, or the dev server in development).
 */
export function allowsNavigation(targetUrl: string, trustedOrigins: readonly string[]): boolean {
  return isOnTrustedOrigin(targetUrl, trustedOrigins);
}

/**
 * The only pages Unknot will hand to the system browser. Kept tiny on purpose: a link in content
 * can never become a way to launch arbitrary URLs or schemes.
 */
export const EXTERNAL_LINK_ALLOWLIST: readonly string[] = ['https://unknot.app', 'https://www.nhs.uk'];

export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '')
    return false;
  return EXTERNAL_LINK_ALLOWLIST.some((allowed) => url.origin === new URL(allowed).origin);
}

export interface WindowOpenDecision {
  /** Electron's answer to setWindowOpenHandler: no page ever gets a new window. */
  readonly action: 'deny';
  /** Hand the URL to the system browser instead (only allowlisted https pages). */
  readonly openExternally: boolean;
}

export function decideWindowOpen(targetUrl: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalUrl(targetUrl) };
}

/**
 * Session permission requests, checks and device requests (camera, microphone, geolocation,
 * notifications from the page, clipboard, HID/serial/USB, …): Unknot's pages need none of them,
 * since reminders are shown by main through the Notification port. So there is nothing to decide
 * per permission: these handlers, in the shapes Electron's session setters take, refuse them all.
 */
export const denyAllPermissions = Object.freeze({
  request: (_contents: unknown, _permission: string, callback: (granted: boolean) => void): void =>
    callback(false),
  check: (): boolean => false,
  device: (): boolean => false,
});
