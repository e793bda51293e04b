import type { Dispatch } from '../ipc/dispatch';
import type { IpcResult } from '../ipc/result';
import { isOnTrustedOrigin } from './origins';

export const FORBIDDEN_SENDER: IpcResult<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'forbidden-sender', message: 'Request refused: unknown sender.' }),
});

/** Which frames may call main: only pages on a trusted origin; a frame that has gone (null) never. */
export function isTrustedIpcSender(
  frameUrl: string | null | undefined,
  trustedOrigins: readonly string[],
): boolean {
  return isOnTrustedOrigin(frameUrl, trustedOrigins);
}

/** What main/electron/ipc.ts calls for every invoke: the sender frame's URL, the channel, the payload. */
export type GuardedInvoke = (
  senderFrameUrl: string | null | undefined,
  channel: string,
  payload: unknown,
) => Promise<IpcResult<unknown>>;

/**
 * The sender check in front of the dispatcher. A frame that is gone (null) or that is not on a
 * trusted origin (another site, file://, about:blank, a stale dev server) is refused before its
 * payload is even parsed; only then does the dispatcher validate the payload with its schema.
 */
export function guardInvoke(dispatch: Dispatch, trustedOrigins: readonly string[]): GuardedInvoke {
  const origins = [...trustedOrigins];
  return async (senderFrameUrl, channel, payload) =>
    isTrustedIpcSender(senderFrameUrl, origins) ? dispatch(channel, payload) : FORBIDDEN_SENDER;
}
