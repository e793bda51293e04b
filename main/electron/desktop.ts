import { app, dialog, shell } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DesktopPort } from '../core/shell-ports';

export function createDesktop(): DesktopPort {
  return {
    async openFolder(path) {
      const problem = await shell.openPath(path);
      if (problem !== '') throw new Error(problem);
    },
    async saveTextFile(suggestedName, text) {
      const choice = await dialog.showSaveDialog({
        defaultPath: join(app.getPath('documents'), suggestedName),
      });
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, text, 'utf8');
      return choice.filePath;
    },
    async openTextFile(maxBytes, fileKind) {
      const choice = await dialog.showOpenDialog({
        defaultPath: app.getPath('documents'),
        properties: ['openFile'],
        filters: [{ name: fileKind, extensions: ['json'] }],
      });
      const path = choice.filePaths[0];
      if (choice.canceled || path === undefined) return null;
      if ((await stat(path)).size > maxBytes) return { path, text: null };
      return { path, text: await readFile(path, 'utf8') };
    },
  };
}
