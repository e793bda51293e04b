/** Whether a feature has landed in the renderer, judged from its source (no build needed). */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

const RENDERER_DIR = join(REPO_ROOT, 'renderer');

/** True when some .svelte or .ts file under renderer/ contains `text`. */
export async function rendererContains(text: string): Promise<boolean> {
  const entries = await readdir(RENDERER_DIR, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(svelte|ts)$/.test(entry.name)) continue;
    if ((await readFile(join(entry.parentPath, entry.name), 'utf8')).includes(text)) return true;
  }
  return false;
}
