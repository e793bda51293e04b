/**
 * A real file system (tests/support/faulty-fs.ts) that records every whole-file read, by path:
 * how tests prove a file was not read again without timing anything. An append's one-byte look at
 * a file's last byte (handle.read) is not a read of the file, so it is not recorded.
 */
import type { FileHandle } from 'node:fs/promises';
import type { FileSystem } from '../../main/services/json-store';
import { faultyFs } from './faulty-fs';

export type HandleWrap = (path: string, handle: FileHandle) => FileHandle;

const WHOLE_FILE_READS: ReadonlySet<PropertyKey> = new Set(['readFile', 'readLines', 'createReadStream']);

export function countingFs(wrap: HandleWrap = (_path, handle) => handle): {
  readonly fs: FileSystem;
  /** The path of every whole-file read so far, in order. */
  readonly reads: string[];
} {
  const reads: string[] = [];
  const real = faultyFs(
    [],
    (path, handle) =>
      new Proxy(wrap(path, handle), {
        get(target, key, receiver) {
          if (WHOLE_FILE_READS.has(key)) reads.push(path);
          const value: unknown = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }),
  );
  const readFile = ((...args: Parameters<typeof real.readFile>) => (
    reads.push(String(args[0])),
    real.readFile(...args)
  )) as typeof real.readFile;
  return { fs: { ...real, readFile }, reads };
}
