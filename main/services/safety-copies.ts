/**
 * Safety copies: before a restore changes anything, the data as it was goes to
 * <userData>/backups/before-restore-<time>.json, in the same format as "Back up everything", so the
 * person can restore it in turn. Written durably, so a copy that was reported written is there.
 */
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably, type FileSystem } from './json-store';
import { errorCode } from './read-text';
import { fileSafeTimestamp } from './settings-store';

export interface SafetyCopies {
  /** Writes the backup text; resolves with the copy's full path. */
  write(text: string, nowMs: number): Promise<string>;
}

export function createSafetyCopies({ dir, fs = nodeFs }: { dir: string; fs?: FileSystem }): SafetyCopies {
  const folder = join(dir, 'backups');

  /** A name no earlier copy has: two restores within a millisecond must not overwrite the first copy. */
  async function freshPath(stamp: string): Promise<string> {
    for (let n = 1; ; n++) {
      const path = join(folder, `before-restore-${stamp}${n === 1 ? '' : `-${n}`}.json`);
      try {
        await fs.lstat(path);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return path;
        throw error;
      }
    }
  }

  return {
    async write(text, nowMs) {
      const path = await freshPath(fileSafeTimestamp(nowMs));
      await writeFileDurably(path, text, fs);
      return path;
    },
  };
}
