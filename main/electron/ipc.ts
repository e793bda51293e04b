import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS } from '../core/ipc/channels';
import type { Dispatch } from '../core/ipc/dispatch';
import { isTrustedSender } from '../core/ipc/sender';

/**
 * Registers every invoke channel behind one wrapper: the sender frame is checked first (null or
 * an unexpected URL is refused), then the shared dispatcher parses the payload with its schema.
 */
export function registerIpc(dispatch: Dispatch, trustedOrigins: readonly string[]): () => void {
  const channels = Object.values(INVOKE_CHANNELS);
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, trustedOrigins)) {
        return { ok: false, error: { code: 'forbidden-sender', message: 'Request refused: unknown sender.' } };
      }
      return dispatch(channel, payload);
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
