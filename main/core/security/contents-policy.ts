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

/**
 * The URL to hand to the browser, as parsed and normalised (`url.href`), or null when it is not
 * allowed. The caller passes this on, never the original string: another parser may read
 * `https://www.nhs.uk\@evil.com/` as a page on evil.com, while ours saw www.nhs.uk.
 */
export function allowedExternalHref(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  return EXTERNAL_LINK_ALLOWLIST.some((allowed) => url.origin === new URL(allowed).origin) ? url.href : null;
}

export function isAllowedExternalUrl(candidate: string): boolean {
  return allowedExternalHref(candidate) !== null;
}

/**
 * Electron's answer to setWindowOpenHandler is always 'deny': no page ever gets a new window.
 * Only allowlisted https pages go to the system browser instead, as the normalised `url`.
 */
export type WindowOpenDecision =
  | { readonly action: 'deny'; readonly openExternally: false }
  | { readonly action: 'deny'; readonly openExternally: true; readonly url: string };

export function decideWindowOpen(targetUrl: string): WindowOpenDecision {
  const url = allowedExternalHref(targetUrl);
  return url === null
    ? { action: 'deny', openExternally: false }
    : { action: 'deny', openExternally: true, url };
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
