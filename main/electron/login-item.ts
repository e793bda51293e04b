import { app } from 'electron';
import { homedir } from 'node:os';
import type { LoginItemPort } from '../core/shell-ports';
import { createLinuxAutostart } from '../services/autostart-linux';

/** macOS and Windows have an OS login-item API; Linux desktops read XDG autostart files. */
export function createLoginItem(): LoginItemPort {
  if (process.platform === 'linux') {
    // An AppImage runs from a temporary mount: start the .AppImage file itself, not the mount.
    const execPath = process.env['APPIMAGE'] ?? process.execPath;
    const args = app.isPackaged ? [] : [app.getAppPath()];
    const autostart = createLinuxAutostart({ env: process.env, homeDir: homedir(), execPath, args });
    return { setEnabled: (enabled) => autostart.setEnabled(enabled) };
  }
  return {
    setEnabled: async (enabled) => app.setLoginItemSettings({ openAtLogin: enabled }),
  };
}
