import { allowedExternalHref } from '../external-links';
import { isTrustedSender } from '../ipc/sender';

/**
 * What a page may do to its own window. Unknot loads only its own renderer, so a navigation or
 * redirect may only stay on a trusted origin (app://unknot, or the dev server in development).
 */
export function isNavigationAllowed(targetUrl: string, trustedOrigins: readonly string[]): boolean {
  return isTrustedSender(targetUrl, trustedOrigins);
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
  return url === null ? { action: 'deny', openExternally: false } : { action: 'deny', openExternally: true, url };
}

/**
 * Session permission requests and checks (camera, microphone, geolocation, notifications from the
 * page, clipboard, HID/serial/USB, …). Unknot's pages need none of them: reminders are shown by main
 * through the Notification port, not by the page. Taking the name keeps the call sites honest.
 */
export function grantsPermission(_permission: string): boolean {
  return false;
}
