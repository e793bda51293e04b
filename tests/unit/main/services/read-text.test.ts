import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCode, readTextOrNull } from '../../../../main/services/read-text';

describe('readTextOrNull', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-read-text-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns the text of a file, UTF-8 decoded', async () => {
    await writeFile(join(dir, 'a.txt'), 'Schulter – ok\n');
    expect(await readTextOrNull(join(dir, 'a.txt'))).toBe('Schulter – ok\n');
  });

  it('returns "" for an empty file, not null', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    expect(await readTextOrNull(join(dir, 'empty.txt'))).toBe('');
  });

  it('returns null for a missing file, and for a missing folder on the way', async () => {
    expect(await readTextOrNull(join(dir, 'absent.json'))).toBeNull();
    expect(await readTextOrNull(join(dir, 'no', 'such', 'file.json'))).toBeNull();
  });

  it('throws on any other failure (here: the path is a folder)', async () => {
    await mkdir(join(dir, 'folder'));
    await expect(readTextOrNull(join(dir, 'folder'))).rejects.toSatisfy(
      (error) => errorCode(error) === 'EISDIR',
    );
  });
});

describe('errorCode', () => {
  it('reads the code of a system error and nothing else', () => {
    expect(errorCode(Object.assign(new Error('x'), { code: 'EPERM' }))).toBe('EPERM');
    expect(errorCode(new Error('x'))).toBe('');
    expect(errorCode(null)).toBe('');
    expect(errorCode('ENOENT')).toBe('');
  });
});
