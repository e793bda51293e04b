import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS } from '../core/ipc/channels';
import type { Dispatch } from '../core/ipc/dispatch';
import { guardInvoke } from '../core/security/ipc-guard';

/**
 * Registers every invoke channel behind one wrapper: guardInvoke checks the sender frame first (null
 * or an untrusted URL is refused), then the shared dispatcher parses the payload with its schema.
 */
export function registerIpc(dispatch: Dispatch, trustedOrigins: readonly string[]): () => void {
  const guarded = guardInvoke(dispatch, trustedOrigins);
  const channels = Object.values(INVOKE_CHANNELS);
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) =>
      guarded(event.senderFrame?.url, channel, payload),
    );
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
