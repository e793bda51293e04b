/**
 * What the history log remembers between reads: the parsed file and the stamp of the file it was
 * parsed from. A read whose file still carries that stamp answers from memory; anything else (an
 * edit, a restore, another process appending, a failed append that was cut back) changes the
 * size, the modification or change time, or the inode, and is parsed afresh.
 */
import type { SkippedLine } from '../core/history/parse';
import type { HistoryRecord } from '../core/history/records';

/** Read-only, so no caller can change the memory another caller is answered from. */
export interface HistorySnapshot {
  readonly records: readonly HistoryRecord[];
  readonly skipped: readonly SkippedLine[];
}

export interface FileStamp {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  /** Catches a rewrite that kept the size and put the old modification time back (a restore). */
  readonly ctimeMs: number;
}

export interface RememberedHistory {
  readonly parsed: HistorySnapshot;
  /** null: parsed from no file at all (not created yet). */
  readonly stamp: FileStamp | null;
}

export const stampOf = ({ ino, size, mtimeMs, ctimeMs }: FileStamp): FileStamp => ({
  ino,
  size,
  mtimeMs,
  ctimeMs,
});

/** Whether the file on disk (its stamp now) is the one `remembered` was parsed from. */
export function isUnchanged(remembered: RememberedHistory, now: FileStamp): boolean {
  const then = remembered.stamp;
  // A file created empty since holds no records either: the memory of "no file" still holds.
  if (then === null) return now.size === 0;
  return (
    then.ino === now.ino &&
    then.size === now.size &&
    then.mtimeMs === now.mtimeMs &&
    then.ctimeMs === now.ctimeMs
  );
}

/**
 * The memory after `record` (as a re-read would parse the line written) landed on the file now
 * stamped `stamp`. A new array, so an answer given earlier never changes under its holder.
 */
export function withAppended(
  remembered: RememberedHistory,
  record: HistoryRecord,
  stamp: FileStamp,
): RememberedHistory {
  return {
    parsed: { records: [...remembered.parsed.records, record], skipped: remembered.parsed.skipped },
    stamp,
  };
}

export const EMPTY_HISTORY: HistorySnapshot = { records: [], skipped: [] };
