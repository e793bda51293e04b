// Types for scripts/electronegativity-check.mjs, so the unit test can call it from TypeScript.

export interface Finding {
  readonly id: string;
  readonly severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  readonly confidence: string;
  readonly file: string;
  readonly line: number;
  readonly description: string;
}

export interface Suppression {
  readonly file: string;
  readonly line: number;
  readonly checks: readonly string[];
  readonly reason: string;
}

export interface CheckResult {
  readonly files: number;
  readonly checks: number;
  /** What Electronegativity still reports after the eng-disable comments. */
  readonly findings: readonly Finding[];
  /** What the eng-disable comments silenced, with the comment that did it. */
  readonly silenced: ReadonlyArray<Finding & { readonly suppression: Suppression | undefined }>;
  readonly warnings: ReadonlyArray<{ readonly file: string; readonly message: string }>;
  /** Why the gate fails; empty when it passes. */
  readonly failures: readonly string[];
  readonly ms: number;
}

export const SEVERITIES: readonly string[];
export const FAIL_AT: string;
export const NETWORK_CHECKS: readonly string[];
export function parseSuppressions(file: string, text: string): Suppression[];
export function knownCheckIds(): Set<string>;
export function check(options: {
  root?: string;
  sources?: readonly string[];
  electronVersion: string;
}): Promise<CheckResult>;
