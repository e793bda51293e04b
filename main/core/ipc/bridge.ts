import type { EVENT_CHANNELS, EventName, INVOKE_CHANNELS, InvokeMethod } from './channels';
import type { EventContract, RequestOf, ResponseOf } from './contract';
import type { IpcResult } from './result';

type Listener = (payload: unknown) => void;

/** The API the page sees as `window.unknot`: one named method per channel. */
export type UnknotApi = {
  readonly [M in InvokeMethod]: (
    ...args: RequestOf<M> extends undefined ? [] : [request: RequestOf<M>]
  ) => Promise<IpcResult<ResponseOf<M>>>;
} & {
  readonly [E in EventName as `on${Capitalize<E>}`]: (
    listener: (payload: EventContract[E]) => void,
  ) => () => void;
};

/**
 * Builds the page API from the channel maps. It must stay self-contained (no imports used at run
 * time, no helpers from outside its body) because the Chromium test harness injects its source
 * text into the page, so the page under test gets exactly the object the preload exposes.
 * Listeners receive only the payload: the Electron event object never reaches the page.
 */
export function buildBridgeApi(
  channels: { invoke: typeof INVOKE_CHANNELS; events: typeof EVENT_CHANNELS },
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
  subscribe: (channel: string, listener: Listener) => () => void,
): UnknotApi {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(channels.invoke)) {
    api[method] = (request?: unknown) => invoke(channel, request);
  }
  for (const [event, channel] of Object.entries(channels.events as Record<string, string>)) {
    const name = `on${event.charAt(0).toUpperCase()}${event.slice(1)}`;
    api[name] = (listener: Listener) => {
      if (typeof listener !== 'function') throw new TypeError(`${name} needs a function`);
      return subscribe(channel, (payload) => listener(payload));
    };
  }
  return Object.freeze(api) as UnknotApi;
}
