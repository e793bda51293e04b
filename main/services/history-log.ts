/**
 * The history log: history.jsonl, append-only, one record per line. Appends go through an fd
 * opened for appending and are fsynced before append() resolves, so a confirmed record
 * survives a crash or power loss. A crash mid-append can leave a partial last line; the next
 * append starts on a fresh line so only that partial record is lost (parseHistory skips it).
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../core/ports';
import { createSerialQueue } from '../core/serial-queue';
import { syncDirectory } from './json-store';
import { readTextOrNull } from './read-text';
import { parseHistory, type ParsedHistory } from '../core/history/parse';
import { serializeHistoryRecord, validateHistoryRecord } from '../core/history/records';
import type { Issue } from '../core/result';

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
  /** Every valid record in file order; damaged lines are reported in `skipped` and logged. */
  readAll(): Promise<ParsedHistory>;
}

export interface HistoryLogDeps {
  dir: string;
  logger: Logger;
  /** Defaults to "history.jsonl". */
  fileName?: string;
}

const NEWLINE = 0x0a;

export function createHistoryLog({ dir, logger, fileName = 'history.jsonl' }: HistoryLogDeps): HistoryLog {
  const path = join(dir, fileName);
  // Appends and reads run one at a time so a read never sees half of a concurrent append.
  const queue = createSerialQueue();

  function append(record: unknown): Promise<void> {
    const result = validateHistoryRecord(record);
    if (!result.ok) return Promise.reject(new HistoryValidationError(result.error));
    const line = `${serializeHistoryRecord(result.value)}\n`;
    return queue.run(async () => {
      await mkdir(dir, { recursive: true });
      const handle = await open(path, 'a+', 0o600);
      try {
        const { size } = await handle.stat();
        let text = line;
        if (size > 0) {
          const last = Buffer.alloc(1);
          await handle.read(last, 0, 1, size - 1);
          if (last[0] !== NEWLINE) {
            logger.warn('history log ended mid-line (interrupted write); starting a new line');
            text = `\n${line}`;
          }
        }
        await writeFully(handle, Buffer.from(text, 'utf8'));
        await handle.sync();
        // A new file's directory entry must be durable too, or the fsynced line can vanish.
        if (size === 0) await syncDirectory(dir);
      } finally {
        await handle.close();
      }
    });
  }

  function readAll(): Promise<ParsedHistory> {
    return queue.run(async () => {
      const text = await readTextOrNull(path);
      if (text === null) return { records: [], skipped: [] };
      const parsed = parseHistory(text);
      if (parsed.skipped.length > 0) {
        logger.warn('history log has unreadable lines; they were skipped', parsed.skipped);
      }
      return parsed;
    });
  }

  return { path, append, readAll };
}

/** write() may take fewer bytes than offered (e.g. near a full disk); with 'a' each lands at the end. */
async function writeFully(handle: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}
