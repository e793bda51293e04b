import { app, dialog, shell } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DesktopPort } from '../core/shell-ports';

/** shell.openPath answers an error message, '' when it worked. */
async function openPath(path: string): Promise<void> {
  const problem = await shell.openPath(path);
  if (problem !== '') throw new Error(problem);
}

/** The save dialog, in Documents with the suggested name; then the file written there, or null. */
async function saveAs(
  suggestedName: string,
  contents: string | Uint8Array,
  filters?: Electron.FileFilter[],
): Promise<string | null> {
  const choice = await dialog.showSaveDialog({
    defaultPath: join(app.getPath('documents'), suggestedName),
    ...(filters ? { filters } : {}),
  });
  if (choice.canceled || !choice.filePath) return null;
  await writeFile(choice.filePath, contents, typeof contents === 'string' ? 'utf8' : null);
  return choice.filePath;
}

export function createDesktop(): DesktopPort {
  return {
    openFolder: openPath,
    saveTextFile: (suggestedName, text) => saveAs(suggestedName, text),
    savePdfFile: (suggestedName, pdf) => saveAs(suggestedName, pdf, [{ name: 'PDF', extensions: ['pdf'] }]),
    openFile: openPath,
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
