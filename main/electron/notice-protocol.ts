import { app } from 'electron';
import { resolve } from 'node:path';
import { LAUNCH_SCHEME } from '../core/launch-actions';

/**
 * Windows only: a toast button's unknot:// URL makes Windows start Unknot again with it, which the
 * single-instance lock turns into `second-instance` argv (launch-actions.ts reads exactly two URLs
 * and ignores every other unknot:// address). Elsewhere notification buttons run in-process, so
 * the scheme is not claimed.
 */
export function registerNoticeProtocol(): void {
  if (process.platform !== 'win32') return;
  // Run from source (`electron .`), Windows must start electron with the app's path too.
  const args = process.defaultApp && process.argv[1] ? [resolve(process.argv[1])] : [];
  app.setAsDefaultProtocolClient(LAUNCH_SCHEME, process.execPath, args); // eng-disable PROTOCOL_HANDLER_JS_CHECK: only two exact URLs act (parseNoticeAction); any other unknot:// launch is ignored
}
