import { isAllowedExternalUrl } from '../external-links';
import { isTrustedSender } from '../ipc/sender';

/**
 * What a page may do to its own window. Unknot loads only its own renderer, so a navigation or
 * redirect may only stay on a trusted origin (app://unknot, or the dev server in development).
 */
export function isNavigationAllowed(targetUrl: string, trustedOrigins: readonly string[]): boolean {
  return isTrustedSender(targetUrl, trustedOrigins);
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
 * Session permission requests and checks (camera, microphone, geolocation, notifications from the
 * page, clipboard, HID/serial/USB, …). Unknot's pages need none of them: reminders are shown by main
 * through the Notification port, not by the page. Taking the name keeps the call sites honest.
 */
export function grantsPermission(_permission: string): boolean {
  return false;
}
