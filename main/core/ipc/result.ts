/** What crosses IPC for every call: errors travel as data, because thrown errors lose their type. */
export type IpcErrorCode = 'invalid-payload' | 'forbidden-sender' | 'unknown-method' | 'rejected' | 'failed';

export interface IpcIssue {
  readonly path: string;
  readonly message: string;
}

export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
  readonly issues?: readonly IpcIssue[];
}

export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** A failure a handler reports on purpose (a rule the request broke), as opposed to a crash. */
export class HandlerRejection extends Error {
  readonly issues: readonly IpcIssue[];
  constructor(message: string, issues: readonly IpcIssue[] = []) {
    super(message);
    this.name = 'HandlerRejection';
    this.issues = issues;
  }
}
