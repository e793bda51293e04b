import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from './core/ipc/channels';
import { buildBridgeApi } from './core/ipc/bridge';

// Sandboxed preload: CommonJS, no Node APIs, only the named methods of the IPC contract.
contextBridge.exposeInMainWorld(
  'unknot',
  buildBridgeApi(
    { invoke: INVOKE_CHANNELS, events: EVENT_CHANNELS },
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    (channel, listener) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  ),
);
