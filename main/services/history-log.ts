/**
 * The history log: history.jsonl, append-only, one record per line. Appends go through an fd
 * opened for appending and are fsynced before append() resolves, so a confirmed record
 * survives a crash or power loss. A crash mid-append can leave a partial last line; the next
 * append starts on a fresh line so only that partial record is lost (parseHistory skips it).
 * An append that fails (a full disk) cuts the file back to where it was, so it leaves nothing
 * behind. Appends never follow a symbolic link: Unknot never makes one, so a link there was
 * planted, and writing through it would append to whatever it points at.
 *
 * The parsed file is kept after the first read, so reopening the history view neither reads nor
 * parses it again. An append that succeeds on the very file that was parsed adds its record to
 * that memory; anything else (a failed or repaired append, a file changed behind our back) drops
 * it or fails its stamp check, and the next read parses the file afresh.
 */
import { constants as fsConstants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../core/ports';
import { createSerialQueue } from '../core/serial-queue';
import { syncDirectory, type FileSystem } from './json-store';
import { errorCode } from './read-text';
import { parseHistory } from '../core/history/parse';
import { serializeHistoryRecord, validateHistoryRecord, type HistoryRecord } from '../core/history/records';
import type { Issue } from '../core/result';
import {
  EMPTY_HISTORY,
  isUnchanged,
  stampOf,
  withAppended,
  type HistorySnapshot,
  type RememberedHistory,
} from './history-snapshot';

export class HistoryValidationError extends Error {
  override readonly name = 'HistoryValidationError';
  constructor(readonly issues: readonly Issue[]) {
    super(`History record not saved: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

export interface HistoryLog {
  readonly path: string;
  /** Validates (throws HistoryValidationError), then appends durably. */
  append(record: unknown): Promise<void>;
  /**
   * Validates every record, then appends them all in one durable write (a restore): all of them
   * land, or none (a failed write is cut back as append's is).
   */
  appendAll(records: readonly unknown[]): Promise<void>;
  /** Every valid record in file order; damaged lines are reported in `skipped` and logged. */
  readAll(): Promise<HistorySnapshot>;
}

export interface HistoryLogDeps {
  dir: string;
  logger: Logger;
  /** Defaults to "history.jsonl". */
  fileName?: string;
  /** Defaults to node:fs/promises. */
  fs?: FileSystem;
}

const NEWLINE = 0x0a;
/** Read-write append, created if absent; O_NOFOLLOW (where the platform has it) refuses a link. */
const APPEND_FLAGS =
  fsConstants.O_RDWR | fsConstants.O_APPEND | fsConstants.O_CREAT | (fsConstants.O_NOFOLLOW ?? 0);

export class HistoryLinkError extends Error {
  override readonly name = 'HistoryLinkError';
  readonly code = 'ELOOP';
  constructor(path: string) {
    super(`${path} is a symbolic link; Unknot does not append to history through a link`);
  }
}

export function createHistoryLog({
  dir,
  logger,
  fileName = 'history.jsonl',
  fs = nodeFs,
}: HistoryLogDeps): HistoryLog {
  const path = join(dir, fileName);
  // Appends and reads run one at a time so a read never sees half of a concurrent append.
  const queue = createSerialQueue();
  // Only ever set from a state known to equal the file; touched only inside the queue.
  let remembered: RememberedHistory | null = null;

  function append(record: unknown): Promise<void> {
    const result = validateHistoryRecord(record);
    if (!result.ok) return Promise.reject(new HistoryValidationError(result.error));
    const line = `${serializeHistoryRecord(result.value)}\n`;
    // The record as a re-read will see it, so the memory and a fresh parse cannot differ.
    const [reread] = parseHistory(line).records;
    return write(line, reread ?? null);
  }

  function appendAll(records: readonly unknown[]): Promise<void> {
    const lines: string[] = [];
    for (const [index, record] of records.entries()) {
      const result = validateHistoryRecord(record);
      if (!result.ok) {
        const issues = result.error.map((issue) => ({ ...issue, path: `${index}.${issue.path}` }));
        return Promise.reject(new HistoryValidationError(issues));
      }
      lines.push(`${serializeHistoryRecord(result.value)}\n`);
    }
    // Rare and possibly large: the memory is left to a fresh parse rather than extended.
    return lines.length === 0 ? Promise.resolve() : write(lines.join(''), null);
  }

  /** Appends `line` (one or more whole lines); `reread` is the one record it holds, to remember. */
  function write(line: string, reread: HistoryRecord | null): Promise<void> {
    return queue.run(async () => {
      // Forgotten until this append is known to have landed on the file that was parsed.
      const before = remembered;
      remembered = null;
      await fs.mkdir(dir, { recursive: true });
      const handle = await openForAppend();
      try {
        const found = await handle.stat();
        const { size } = found;
        let text = line;
        if (size > 0) {
          const last = Buffer.alloc(1);
          await handle.read(last, 0, 1, size - 1);
          if (last[0] !== NEWLINE) {
            logger.warn('history log ended mid-line (interrupted write); starting a new line');
            text = `\n${line}`;
          }
        }
        try {
          await writeFully(handle, Buffer.from(text, 'utf8'));
          await handle.sync();
        } catch (error) {
          // Leave no partial line behind (it would show as a skipped line for good).
          await handle
            .truncate(size)
            .catch((cut: unknown) => logger.error('could not cut back a failed history append', cut));
          throw error;
        }
        // A new file's directory entry must be durable too, or the fsynced line can vanish.
        if (size === 0) await syncDirectory(dir);
        // After repairing a cut-off last line the memory is left to a fresh parse: rare, and plainly right.
        if (before && reread && text === line && isUnchanged(before, found)) {
          remembered = withAppended(before, reread, stampOf(await handle.stat()));
        }
      } finally {
        await handle.close();
      }
    });
  }

  async function openForAppend(): Promise<FileHandle> {
    // Platforms without O_NOFOLLOW (Windows) get the lstat check alone.
    const isLink = await fs.lstat(path).then(
      (stats) => stats.isSymbolicLink(),
      () => false,
    );
    if (isLink) throw new HistoryLinkError(path);
    try {
      return await fs.open(path, APPEND_FLAGS, 0o600);
    } catch (error) {
      if (errorCode(error) === 'ELOOP') throw new HistoryLinkError(path);
      throw error;
    }
  }

  function readAll(): Promise<HistorySnapshot> {
    return queue.run(async () => {
      const handle = await openForRead();
      if (handle === null) {
        remembered = { parsed: EMPTY_HISTORY, stamp: null };
        return EMPTY_HISTORY;
      }
      try {
        // Stamp and text come from one open file, so a swap between them cannot pair them wrongly.
        const stamp = stampOf(await handle.stat());
        if (remembered && isUnchanged(remembered, stamp)) return remembered.parsed;
        const parsed = parseHistory(await handle.readFile('utf8'));
        if (parsed.skipped.length > 0) {
          logger.warn('history log has unreadable lines; they were skipped', parsed.skipped);
        }
        remembered = { parsed, stamp };
        return parsed;
      } finally {
        await handle.close();
      }
    });
  }

  async function openForRead(): Promise<FileHandle | null> {
    try {
      return await fs.open(path, 'r');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  return { path, append, appendAll, readAll };
}

/** write() may take fewer bytes than offered (e.g. near a full disk); with 'a' each lands at the end. */
async function writeFully(handle: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}
