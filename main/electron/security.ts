import { shell, type App, type Session, type WebContents } from 'electron';
import { allowsNavigation, decideWindowOpen, denyAllPermissions } from '../core/security/contents-policy';

// Thin: every decision is a pure function in main/core/security/ (unit-tested).

/** Session-wide lock-down: no permission is ever granted (camera, notifications from pages, …). */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler(denyAllPermissions.request);
  session.setPermissionCheckHandler(denyAllPermissions.check);
  session.setDevicePermissionHandler(denyAllPermissions.device);
}

/**
 * Per-page lock-down: the page can never navigate away, redirect, embed a <webview> or open
 * windows. A link to an allowlisted https page opens in the user's browser instead.
 */
export function hardenContents(contents: WebContents, trustedOrigins: readonly string[]): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: only allowlisted https URLs get here (decideWindowOpen)
    return { action: decision.action };
  });
  const block = (event: { preventDefault(): void }, url: string): void => {
    if (!allowsNavigation(url, trustedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Hardens every webContents the moment it exists, so no window (or anything Electron creates on a
 * page's behalf) can be forgotten: the window manager does not have to remember to call it.
 */
export function hardenAllContents(app: App, trustedOrigins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, trustedOrigins));
}
