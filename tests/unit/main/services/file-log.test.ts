import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger, logsDirOf, MAIN_LOG_FILE } from '../../../../main/services/file-log';

const CHILD = fileURLToPath(new URL('../../../support/process-errors-child.ts', import.meta.url));
let profile: string;

beforeEach(async () => {
  profile = await mkdtemp(join(tmpdir(), 'unknot-logs-'));
});
afterEach(async () => {
  await rm(profile, { recursive: true, force: true });
});

describe('file log', () => {
  it('writes to logs/main.log inside the profile', async () => {
    const logger = createFileLogger({ userDataDir: profile });
    expect(logger.path).toBe(join(profile, 'logs', MAIN_LOG_FILE));
    logger.info('reminder armed');
    logger.warn('could not save', new Error('EACCES'));
    const text = await readFile(logger.path, 'utf8');
    expect(text).toMatch(/\[info\]\s+reminder armed/);
    expect(text).toMatch(/\[warn\]\s+could not save.*EACCES/s);
  });

  it('rotates by size: the folder never holds more than twice the limit', async () => {
    const maxBytes = 4096;
    const logger = createFileLogger({ userDataDir: profile, maxBytes });
    for (let i = 0; i < 500; i += 1) logger.info(`line ${i} ${'x'.repeat(60)}`);
    const dir = logsDirOf(profile);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['main.log', 'main.old.log']);
    let total = 0;
    for (const file of files) total += (await stat(join(dir, file))).size;
    // One line of slack: the check happens before each write.
    expect(total).toBeLessThanOrEqual(2 * maxBytes + 200);
    // The newest line is in main.log.
    expect(await readFile(join(dir, 'main.log'), 'utf8')).toContain('line 499 ');
  });

  it('keeps main running after an uncaught exception and an unhandled rejection, and logs both', async () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, profile], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('alive\n');
    expect(child.status).toBe(0);
    const text = await readFile(join(logsDirOf(profile), MAIN_LOG_FILE), 'utf8');
    expect(text).toMatch(/Uncaught exception in main.*planted uncaught exception/s);
    expect(text).toMatch(/Unhandled promise rejection in main.*planted unhandled rejection/s);
    expect(text).toContain('still running');
  });
});
