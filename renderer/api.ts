import { getContext } from 'svelte';
import type { UnknotApi } from '$core/ipc/bridge';
import { PAGE_LOG_MAX_CHARS } from '$core/page-log';

export type { UnknotApi };

declare global {
  interface Window {
    readonly unknot?: UnknotApi;
  }
}

const KEY = Symbol('unknot-api');

/**
 * The only place that touches window.unknot (exposed by the preload). The entry reads it once and
 * puts it in the app's context; views hand it to the state classes, which make every call. The
 * page's uncaught errors go through it to the main log (rate-limited there), so a user's report
 * has them; kept this small because the renderer has a byte budget.
 */
export function apiContext(): Map<symbol, UnknotApi> {
  const api = window.unknot;
  if (!api) throw new Error('Unknot bridge is missing: the page was not opened by the app.');
  const log = (error: unknown): void =>
    void api
      .writeLog({
        level: 'error',
        message: `${error instanceof Error ? error.stack : error}`.slice(0, PAGE_LOG_MAX_CHARS),
      })
      .catch(() => undefined);
  onerror = (_message, _source, _line, _column, error) => log(error);
  onunhandledrejection = (event) => log(event.reason);
  return new Map([[KEY, api]]);
}

export function useApi(): UnknotApi {
  const api = getContext<UnknotApi | undefined>(KEY);
  if (!api) throw new Error('The Unknot API was not provided');
  return api;
}
