/**
 * The production build, made the way `npm run build` makes it but into a temporary folder:
 * other work in this checkout (the end-to-end suite) reads out/, and must not see it rebuilt
 * under its feet.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BIN_DIR, REPO_ROOT } from './paths';

/** Builds main, preload and renderer into `outDir`; resolves with the renderer's folder. */
export async function buildProduction(outDir: string): Promise<string> {
  await promisify(execFile)(
    join(BIN_DIR, 'electron-vite'),
    ['build', '--outDir', outDir, '--logLevel', 'error'],
    {
      cwd: REPO_ROOT,
      timeout: 120_000,
    },
  );
  return join(outDir, 'renderer');
}
