import { app, dialog, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
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
  };
}
