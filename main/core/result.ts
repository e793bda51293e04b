/**
 * The one Result and Issue shape used across core, IPC and the stores: an expected failure is
 * data the caller must look at, not an exception it may forget to catch.
 */
import { getDotPath, type BaseIssue } from 'valibot';

/** One problem with an input: where (a dot path such as "schedule.nights.tue.bedtime"; "" for the whole) and what. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

export type Result<T, E = readonly Issue[]> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** valibot's issues as ours: the dot path and the message a person reads. */
export function issuesOf(issues: readonly BaseIssue<unknown>[]): Issue[] {
  return issues.map((issue) => ({ path: getDotPath(issue) ?? '', message: issue.message }));
}
