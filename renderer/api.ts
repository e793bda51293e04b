import type { UnknotApi } from '$core/ipc/bridge';
import type { IpcError, IpcResult } from '$core/ipc/result';

declare global {
  interface Window {
    readonly unknot?: UnknotApi;
  }
}

/** The only place that touches window.unknot (exposed by the preload). */
export function getApi(): UnknotApi {
  const api = window.unknot;
  if (!api) throw new Error('Unknot bridge is missing: the page was not opened by the app.');
  return api;
}

export class IpcCallError extends Error {
  readonly detail: IpcError;
  constructor(detail: IpcError) {
    super(detail.message);
    this.name = 'IpcCallError';
    this.detail = detail;
  }
}

/** Unwraps a result for callers that treat any failure as an error to show. */
export async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new IpcCallError(result.error);
  return result.value;
}
