import { app, Menu } from 'electron';
import { LAUNCH_ACTIONS, type LaunchActionId } from '../core/launch-actions';

/**
 * The launcher's action list where the OS keeps one at run time: the Windows jump list (each task
 * starts Unknot again with the action's argument, which the running instance receives) and, on
 * macOS, the app menu shown while an Unknot window is active. Linux reads the Actions of the
 * .desktop file (electron-builder.yml and the autostart writer), so it needs nothing here.
 */
export function registerLauncherActions(run: (id: LaunchActionId) => void): void {
  if (process.platform === 'win32') {
    app.setUserTasks(
      LAUNCH_ACTIONS.map((action) => ({
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
    const actions = LAUNCH_ACTIONS.map((action) => ({ label: action.label, click: () => run(action.id) }));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate([
        { label: app.name, submenu: [...actions, { type: 'separator' }, { role: 'quit' }] },
        { role: 'editMenu' },
        { role: 'windowMenu' },
      ]),
    );
  }
}
