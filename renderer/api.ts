import { getContext } from 'svelte';
import type { UnknotApi } from '$core/ipc/bridge';

export type { UnknotApi };

declare global {
  interface Window {
    readonly unknot?: UnknotApi;
  }
}

const KEY = Symbol('unknot-api');

/**
 * The only place that touches window.unknot (exposed by the preload). The entry reads it once and
 * puts it in the app's context; views hand it to the state classes, which make every call.
 */
export function apiContext(): Map<symbol, UnknotApi> {
  const api = window.unknot;
  if (!api) throw new Error('Unknot bridge is missing: the page was not opened by the app.');
  return new Map([[KEY, api]]);
}

export function useApi(): UnknotApi {
  const api = getContext<UnknotApi | undefined>(KEY);
  if (!api) throw new Error('The Unknot API was not provided');
  return api;
}
