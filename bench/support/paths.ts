import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const BIN_DIR = resolve(REPO_ROOT, 'node_modules/.bin');
