import { app, Menu } from 'electron';
import type { LabelledLaunchAction, LaunchActionId } from '../core/launch-actions';
import type { LauncherPort } from '../core/shell-ports';

/**
 * The launcher's action list where the OS keeps one at run time: the Windows jump list (each task
 * starts Unknot again with the action's argument, which the running instance receives) and, on
 * macOS, the app menu shown while an Unknot window is active. Linux reads the Actions of the
 * .desktop file (electron-builder.yml and the autostart writer), so it needs nothing here.
 */
export function createLauncher(run: (id: LaunchActionId) => void): LauncherPort {
  return {
    setActions(actions: readonly LabelledLaunchAction[]) {
      if (process.platform === 'win32') {
        app.setUserTasks(
          actions.map((action) => ({
            program: process.execPath,
            arguments: action.arg,
            title: action.label,
            description: action.label,
            iconPath: process.execPath,
            iconIndex: 0,
          })),
        );
      }
      if (process.platform === 'darwin') {
        const items = actions.map((action) => ({ label: action.label, click: () => run(action.id) }));
        Menu.setApplicationMenu(
          Menu.buildFromTemplate([
            { label: app.name, submenu: [...items, { type: 'separator' }, { role: 'quit' }] },
            { role: 'editMenu' },
            { role: 'windowMenu' },
          ]),
        );
      }
    },
  };
}
