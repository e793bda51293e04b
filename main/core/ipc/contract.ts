import * as v from 'valibot';
import type { EventName, InvokeMethod } from './channels';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly runtime: string;
}

/** Request and response type of every invoke method. */
export interface InvokeContract {
  getAppInfo: { request: undefined; response: AppInfo };
}

/** Payload type of every push event. */
export type EventContract = Record<EventName, never>;

export type RequestOf<M extends InvokeMethod> = InvokeContract[M]['request'];
export type ResponseOf<M extends InvokeMethod> = InvokeContract[M]['response'];

/**
 * The schema every arriving payload must pass before a handler sees it. Keyed by the same names
 * as INVOKE_CHANNELS, so a method without a schema does not compile.
 */
export const REQUEST_SCHEMAS: { readonly [M in InvokeMethod]: v.GenericSchema<unknown, RequestOf<M>> } = {
  getAppInfo: v.undefined(),
};
