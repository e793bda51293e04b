/** What crosses IPC for every call: errors travel as data, because thrown errors lose their type. */
import type { Issue, Result } from '../result';

export type IpcErrorCode = 'invalid-payload' | 'forbidden-sender' | 'unknown-method' | 'rejected' | 'failed';

export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
  readonly issues?: readonly Issue[];
}

export type IpcResult<T> = Result<T, IpcError>;

/** A failure a handler reports on purpose (a rule the request broke), as opposed to a crash. */
export class HandlerRejection extends Error {
  readonly issues: readonly Issue[];
  constructor(message: string, issues: readonly Issue[] = []) {
    super(message);
    this.name = 'HandlerRejection';
    this.issues = issues;
  }
}
