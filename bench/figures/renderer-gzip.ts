/** rendererGzipBytes: what the renderer costs to load, as the JS + CSS a window has to parse. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromSamples, type Figure } from '../figure';
import { buildProduction } from '../support/production-build';
import { withTempDir } from '../support/temp-dir';

export function gzippedSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export async function gzippedAssets(rendererDir: string): Promise<{ total: number; files: string[] }> {
  const assets = join(rendererDir, 'assets');
  const files = (await readdir(assets))
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .sort();
  if (files.length === 0) throw new Error(`no .js or .css in ${assets}: did the build change shape?`);
  let total = 0;
  for (const name of files) total += gzippedSize(await readFile(join(assets, name)));
  return { total, files };
}

export const rendererGzipFigure: Figure = {
  key: 'rendererGzipBytes',
  label: 'Renderer JS + CSS, gzipped',
  unit: 'bytes',
  budget: { max: 40 * 1024 },
  measure: () =>
    withTempDir('build', async (outDir) => {
      const { total, files } = await gzippedAssets(await buildProduction(outDir));
      return fromSamples(
        [total],
        `one production build (electron-vite build), gzip level 9, summed over ${files.join(', ')}; ` +
          'deterministic, so one run is the median',
      );
    }),
};
