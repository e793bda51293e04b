/**
 * Calls a channel of the composed app by its method name, as the page does through the bridge:
 * tests never restate channel strings (channels.ts owns them). `invokeUnchecked` is for payloads
 * a hostile or buggy page could send, which the compiler would otherwise refuse.
 */
import { INVOKE_CHANNELS, type InvokeMethod } from '../../main/core/ipc/channels';
import type { RequestOf, ResponseOf } from '../../main/core/ipc/contract';
import type { Dispatch } from '../../main/core/ipc/dispatch';
import type { IpcResult } from '../../main/core/ipc/result';

export function invoke<M extends InvokeMethod>(
  app: { readonly dispatch: Dispatch },
  method: M,
  ...request: RequestOf<M> extends undefined ? [] : [RequestOf<M>]
): Promise<IpcResult<ResponseOf<M>>> {
  return app.dispatch(INVOKE_CHANNELS[method], request[0]) as Promise<IpcResult<ResponseOf<M>>>;
}

export function invokeUnchecked(
  app: { readonly dispatch: Dispatch },
  method: InvokeMethod,
  payload: unknown,
): Promise<IpcResult<unknown>> {
  return app.dispatch(INVOKE_CHANNELS[method], payload);
}
