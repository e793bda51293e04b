/**
 * A durable JSON document on disk. A save either fully replaces the previous document or leaves
 * it untouched, even if the process is killed or the machine loses power mid-write:
 *   write <file>.tmp -> fsync it -> rename over <file> -> fsync the directory.
 * Saves run one at a time in call order, so the last call's value is what ends up on disk.
 * After each save the same text is also written to <name>.last-good.json, a copy that survives
 * later damage to the main file (a hand edit, a sync tool, a failing disk).
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { JsonDocumentStore, Logger } from '../core/ports';
import { createSerialQueue } from '../core/serial-queue';
import { errorCode, readTextOrNull } from './read-text';

export interface JsonFileStoreOptions {
  dir: string;
  /** Base name without extension: "settings" -> settings.json, settings.last-good.json. */
  name: string;
  logger?: Logger;
}

export interface JsonFileStore extends JsonDocumentStore {
  readonly path: string;
  readonly backupPath: string;
  /**
   * The main document parsed; if it is absent, null. If it is unparseable, the last-good copy
   * parsed, else null (the interface promises not to throw on bad content).
   */
  load(): Promise<unknown>;
  /** Text of the main file, or null when absent. */
  readRaw(): Promise<string | null>;
  /** Text of the last-good copy, or null when absent. */
  readBackupRaw(): Promise<string | null>;
  /** Rename the main file to `fileName` in the same directory; returns the new path. */
  moveAside(fileName: string): Promise<string>;
}

const FILE_MODE = 0o600;
/** Windows refuses to replace a file another process (indexer, antivirus) holds open briefly. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 5;

export function createJsonFileStore(options: JsonFileStoreOptions): JsonFileStore {
  const { dir, name, logger } = options;
  assertPlainFileName(name);
  const path = join(dir, `${name}.json`);
  const backupPath = join(dir, `${name}.last-good.json`);
  const queue = createSerialQueue();

  async function load(): Promise<unknown> {
    const text = await readRaw();
    if (text === null) return null;
    const parsed = tryParse(text);
    if (parsed.ok) return parsed.value;
    logger?.warn(`${basename(path)} is not valid JSON; trying the last-good copy`);
    const backup = await readTextOrNull(backupPath);
    const parsedBackup = backup === null ? null : tryParse(backup);
    return parsedBackup?.ok ? parsedBackup.value : null;
  }

  function save(value: unknown): Promise<void> {
    // Serialise now: later mutation of `value` by the caller must not change what is written.
    let text: string | undefined;
    try {
      text = JSON.stringify(value, null, 2);
    } catch (error) {
      return Promise.reject(error); // cycles, BigInt
    }
    if (text === undefined) return Promise.reject(new TypeError('value is not JSON-serialisable'));
    return queue.run(async () => {
      await mkdir(dir, { recursive: true });
      await writeAtomically(path, `${text}\n`);
      try {
        await writeAtomically(backupPath, `${text}\n`);
      } catch (error) {
        // The save itself succeeded; a stale last-good copy is only a weaker safety net.
        logger?.warn(`could not update ${basename(backupPath)}`, error);
      }
    });
  }

  // Reads queue behind pending saves too, so a read after save() sees that save.
  const readRaw = (): Promise<string | null> => queue.run(() => readTextOrNull(path));
  const readBackupRaw = (): Promise<string | null> => queue.run(() => readTextOrNull(backupPath));

  function moveAside(fileName: string): Promise<string> {
    assertPlainFileName(fileName);
    const target = join(dir, fileName);
    return queue.run(async () => {
      await rename(path, target);
      await syncDirectory(dir);
      return target;
    });
  }

  return { path, backupPath, load, save, readRaw, readBackupRaw, moveAside };
}

async function writeAtomically(target: string, text: string): Promise<void> {
  // One temp name per target: a temp left by a killed process is simply overwritten next time.
  // Assumes one writer per file, which the app's single-instance lock guarantees.
  const temp = `${target}.tmp`;
  try {
    const handle = await open(temp, 'w', FILE_MODE);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const retry =
        process.platform === 'win32' && attempt < RENAME_ATTEMPTS && RENAME_RETRY_CODES.has(errorCode(error));
      if (!retry) throw error;
      await delay(20 * attempt);
    }
  }
}

/**
 * Makes the rename itself durable (POSIX). Windows can't open a directory for fsync, and some
 * file systems reject it; there the rename is as durable as the platform allows, so ignore.
 */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort, see above
  }
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function assertPlainFileName(fileName: string): void {
  if (fileName === '' || fileName === '.' || fileName === '..' || /[/\\]/.test(fileName)) {
    throw new Error(`not a plain file name: ${JSON.stringify(fileName)}`);
  }
}
