/**
 * node:fs/promises with faults injected for chosen calls and paths, passed to a store through
 * its `fs` dependency: how tests produce EACCES, EIO or ENOSPC honestly even when running as
 * root (where chmod denies nothing) and without a full disk.
 */
import * as nodeFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { FileSystem } from '../../main/services/json-store';

export type FsCall = keyof FileSystem;

export interface Fault {
  readonly call: FsCall;
  /** Which paths fail (the call's first argument). */
  readonly path: RegExp;
  readonly code: string;
}

export function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, ${syscall} '${path}'`), { code, syscall, path });
}

/** Every call of node:fs/promises, except that those matching a fault reject with its code. */
export function faultyFs(
  faults: readonly Fault[],
  handleFaults?: (path: string, handle: FileHandle) => FileHandle,
): FileSystem {
  const failing = (call: FsCall, path: unknown): Fault | undefined =>
    faults.find((fault) => fault.call === call && fault.path.test(String(path)));
  const wrap =
    <A extends unknown[], R>(call: FsCall, real: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const fault = failing(call, args[0]);
      if (fault) throw errnoError(fault.code, call, String(args[0]));
      return real(...args);
    };
  const open = async (...args: Parameters<typeof nodeFs.open>): Promise<FileHandle> => {
    const handle = await wrap('open', nodeFs.open)(...args);
    return handleFaults ? handleFaults(String(args[0]), handle) : handle;
  };
  return {
    lstat: wrap('lstat', nodeFs.lstat),
    mkdir: wrap('mkdir', nodeFs.mkdir),
    open,
    readFile: wrap('readFile', nodeFs.readFile),
    readdir: wrap('readdir', nodeFs.readdir),
    readlink: wrap('readlink', nodeFs.readlink),
    rename: wrap('rename', nodeFs.rename),
    rm: wrap('rm', nodeFs.rm),
  } as FileSystem;
}

/**
 * A handle whose writes stop with ENOSPC once `room` bytes have been written through it, after
 * writing what fits: a disk filling up mid-line.
 */
export function fillsUpAfter(room: number) {
  return (_path: string, handle: FileHandle): FileHandle => {
    let left = room;
    return new Proxy(handle, {
      get(target, key, receiver) {
        if (key === 'write') {
          return async (buffer: Buffer, offset = 0, length = buffer.length - offset) => {
            if (left <= 0) throw errnoError('ENOSPC', 'write', '');
            const take = Math.min(left, length);
            left -= take;
            return target.write(buffer, offset, take);
          };
        }
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
}
