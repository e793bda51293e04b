import { readFile } from 'node:fs/promises';

/** A file's UTF-8 text, or null when it does not exist; any other failure (permissions, I/O) throws. */
export async function readTextOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** The `code` of a Node system error ("ENOENT", "EPERM", …), or "" for anything else. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
