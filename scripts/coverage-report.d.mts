// Types for scripts/coverage-report.mjs, so its unit test can call it from TypeScript.

export type FileLines = Map<string, Map<number, boolean>>;
export interface Count {
  covered: number;
  lines: number;
}

export const FLOOR_PERCENT: number;
export const RUNTIME_ONLY: ReadonlyArray<{
  readonly match: (file: string) => boolean;
  readonly reason: string;
}>;
export function folderOf(file: string): string;
export function addIstanbul(files: FileLines, map: Record<string, unknown>): void;
export function summarise(files: FileLines): {
  total: Count;
  folders: Map<string, Count & { files: number }>;
  runtimeOnly: Array<{ file: string; reason: string; covered: number; lines: number }>;
};
