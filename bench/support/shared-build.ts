/**
 * One production build per bench run, read into memory, for every figure that loads or weighs the
 * renderer: building once keeps the run short on a shared machine, and every figure then measures
 * the very same bytes. The temp folder is gone once the files are read.
 */
import { readFolder, type FolderContents } from '../../tests/support/serve-folder';
import { sharedMeasurement } from '../figure';
import { buildProduction } from './production-build';
import { withTempDir } from './temp-dir';

export type RendererBuild = () => Promise<FolderContents>;

export function createSharedBuild(): RendererBuild {
  return sharedMeasurement(() => withTempDir('build', async (dir) => readFolder(await buildProduction(dir))));
}
