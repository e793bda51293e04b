/**
 * Bundles a TypeScript entry into one plain .mjs for Node, as electron-vite bundles the main
 * process. Used where running through tsx would distort the measurement: tsx's on-the-fly
 * transforms leave garbage that V8's memory reducer collects 8 and 16 s after start (~70 ms of
 * CPU on this machine), none of it the app's.
 */
import { basename, join } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from './paths';

export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  const name = basename(entry).replace(/\.ts$/, '');
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'error',
    // Everything inlined: the bundle lives in a temp dir with no node_modules beside it.
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'esm', entryFileNames: '[name].mjs' } },
    },
  });
  return join(outDir, `${name}.mjs`);
}
