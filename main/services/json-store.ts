/**
 * A durable JSON document on disk. A save either fully replaces the previous document or leaves
 * it untouched, even if the process is killed or the machine loses power mid-write:
 *   write a new temp file beside it -> fsync it -> rename over the file -> fsync the directory.
 * Saves run one at a time in call order, so the last call's value is what ends up on disk.
 * After each save the same text is also written to <name>.last-good.json, a copy that survives
 * later damage to the main file (a hand edit, a sync tool, a failing disk).
 *
 * Files stay as the user arranged them: a document that is a symbolic link (a dotfiles set-up)
 * stays a link, and its target is replaced, through a temp file in the target's own folder. Temp
 * files get a fresh random name and are created exclusively, so a planted file or link at a
 * temp name is never written through.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { JsonDocumentStore, Logger } from '../core/ports';
import { createSerialQueue } from '../core/serial-queue';
import { errorCode, readTextOrNull } from './read-text';

/** The file-system calls the stores make: node:fs/promises, or a test's wrapper that injects faults. */
export type FileSystem = Pick<
  typeof nodeFs,
  'lstat' | 'mkdir' | 'open' | 'readFile' | 'readdir' | 'readlink' | 'rename' | 'rm'
>;

export interface JsonFileStoreOptions {
  dir: string;
  /** Base name without extension: "settings" -> settings.json, settings.last-good.json. */
  name: string;
  logger?: Logger;
  /** Defaults to node:fs/promises. */
  fs?: FileSystem;
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
/** How many links deep a document may be (as the kernel's own limit, ELOOP beyond it). */
const MAX_LINK_HOPS = 40;
/** Windows refuses to replace a file another process (indexer, antivirus) holds open briefly. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 5;

export function createJsonFileStore(options: JsonFileStoreOptions): JsonFileStore {
  const { dir, name, logger, fs = nodeFs } = options;
  assertPlainFileName(name);
  const path = join(dir, `${name}.json`);
  const backupPath = join(dir, `${name}.last-good.json`);
  const queue = createSerialQueue();
  const readText = (file: string): Promise<string | null> => readTextOrNull(file, fs.readFile);
  let leftoversSwept = false;

  async function load(): Promise<unknown> {
    const text = await readRaw();
    if (text === null) return null;
    const parsed = tryParse(text);
    if (parsed.ok) return parsed.value;
    logger?.warn(`${basename(path)} is not valid JSON; trying the last-good copy`);
    const backup = await readText(backupPath);
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
      await fs.mkdir(dir, { recursive: true });
      if (!leftoversSwept) {
        leftoversSwept = true;
        await sweepTempFiles(fs, dir, [path, backupPath]);
      }
      await writeAtomically(fs, path, `${text}\n`);
      try {
        await writeAtomically(fs, backupPath, `${text}\n`);
      } catch (error) {
        // The save itself succeeded; a stale last-good copy is only a weaker safety net.
        logger?.warn(`could not update ${basename(backupPath)}`, error);
      }
    });
  }

  // Reads queue behind pending saves too, so a read after save() sees that save.
  const readRaw = (): Promise<string | null> => queue.run(() => readText(path));
  const readBackupRaw = (): Promise<string | null> => queue.run(() => readText(backupPath));

  function moveAside(fileName: string): Promise<string> {
    assertPlainFileName(fileName);
    const target = join(dir, fileName);
    return queue.run(async () => {
      await fs.rename(path, target);
      await syncDirectory(dir);
      return target;
    });
  }

  return { path, backupPath, load, save, readRaw, readBackupRaw, moveAside };
}

/** A whole new text file, written as a save is (temp, fsync, rename): complete, or not there at all. */
export async function writeFileDurably(file: string, text: string, fs: FileSystem = nodeFs): Promise<void> {
  await fs.mkdir(dirname(file), { recursive: true });
  await writeAtomically(fs, file, text);
}

async function writeAtomically(fs: FileSystem, file: string, text: string): Promise<void> {
  const target = await resolveLinks(fs, file);
  // Exclusive ('wx') under a fresh name: an existing file or link there fails the open instead
  // of being written through. The temp sits beside the target so the rename stays in one folder.
  const temp = join(dirname(target), `${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', FILE_MODE);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
}

/** The file a path finally names, following symbolic links (even to a target not yet created). */
async function resolveLinks(fs: FileSystem, file: string): Promise<string> {
  let current = file;
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let link: string;
    try {
      if (!(await fs.lstat(current)).isSymbolicLink()) return current;
      link = await fs.readlink(current);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return current;
      throw error;
    }
    current = isAbsolute(link) ? link : join(dirname(current), link);
  }
  throw Object.assign(new Error(`too many symbolic links: ${file}`), { code: 'ELOOP' });
}

/**
 * Temp files a killed process left behind (this store's own names only: "<file>.<hex>.tmp", and
 * the fixed "<file>.tmp" older versions used). Only plain files are removed; a link is unlinked,
 * never followed.
 */
async function sweepTempFiles(fs: FileSystem, dir: string, files: readonly string[]): Promise<void> {
  const patterns = files.map(
    (file) => new RegExp(`^${escapeRegExp(basename(file))}\\.(?:[0-9a-f]{12}\\.)?tmp$`),
  );
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const entry of names.filter((n) => patterns.some((pattern) => pattern.test(n)))) {
    const leftover = join(dir, entry);
    try {
      if (!(await fs.lstat(leftover)).isDirectory()) await fs.rm(leftover, { force: true });
    } catch {
      // best effort: a leftover that cannot be removed does not stop the save
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function renameWithRetry(fs: FileSystem, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
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
    const handle = await nodeFs.open(dir, 'r');
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
