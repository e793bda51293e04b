/**
 * Every IPC channel name, written once. The preload imports only this file (no schemas, so the
 * sandboxed preload bundle stays tiny); main and the renderer derive everything else from it.
 */
export const INVOKE_CHANNELS = {
  getAppInfo: 'app:get-info',
} as const;

/** Main -> renderer push events. */
export const EVENT_CHANNELS = {} as const;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;
export type EventName = keyof typeof EVENT_CHANNELS;
