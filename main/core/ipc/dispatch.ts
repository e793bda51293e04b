import * as v from 'valibot';
import type { Logger } from '../ports';
import { INVOKE_CHANNELS, type InvokeMethod } from './channels';
import { REQUEST_SCHEMAS, type RequestOf, type ResponseOf } from './contract';
import { issuesOf, type Result } from '../result';
import { HandlerRejection, type IpcResult } from './result';

/** The main-side handler table: plain functions, constructible without Electron. */
export type HandlerTable = {
  readonly [M in InvokeMethod]: (request: RequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

export type Dispatch = (channel: string, payload: unknown) => Promise<IpcResult<unknown>>;

const METHOD_BY_CHANNEL: ReadonlyMap<string, InvokeMethod> = new Map(
  (Object.keys(INVOKE_CHANNELS) as InvokeMethod[]).map((method) => [INVOKE_CHANNELS[method], method]),
);

/**
 * The IPC boundary's check of an arriving payload: the one place a request is validated before its
 * handler runs. One issue per field, as the settings form shows them.
 */
export function parseRequest<M extends InvokeMethod>(method: M, payload: unknown): Result<RequestOf<M>> {
  const parsed = v.safeParse(REQUEST_SCHEMAS[method], payload, { abortPipeEarly: true });
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, error: issuesOf(parsed.issues) };
}

/**
 * Turns a channel name and an untrusted payload into a handler call. Never throws: every failure
 * comes back as an IpcResult, so a hostile or buggy renderer cannot crash main.
 */
export function createDispatch(handlers: HandlerTable, logger: Logger): Dispatch {
  return async (channel, payload) => {
    const method = METHOD_BY_CHANNEL.get(channel);
    if (method === undefined) {
      return { ok: false, error: { code: 'unknown-method', message: `No such IPC channel: ${channel}` } };
    }
    const parsed = parseRequest(method, payload);
    if (!parsed.ok) {
      return {
        ok: false,
        error: { code: 'invalid-payload', message: `Invalid request for ${channel}`, issues: parsed.error },
      };
    }
    try {
      const handler = handlers[method] as (request: unknown) => unknown;
      return { ok: true, value: await handler(parsed.value) };
    } catch (error) {
      if (error instanceof HandlerRejection) {
        return { ok: false, error: { code: 'rejected', message: error.message, issues: error.issues } };
      }
      logger.error(`IPC handler for ${channel} failed`, error);
      return {
        ok: false,
        error: { code: 'failed', message: 'Something went wrong in Unknot. Nothing was changed.' },
      };
    }
  };
}
