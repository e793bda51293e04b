import { Notification } from 'electron';
import type { NotifierPort } from '../core/shell-ports';
import { toastXml } from '../core/toast-xml';

export function createNotifier(iconPath: string): NotifierPort {
  // Keep shown notifications referenced until closed: a collected Notification loses its click.
  const live = new Set<Notification>();
  return {
    show({ title, body, onClick, actions = [] }) {
      if (!Notification.isSupported()) return;
      // Electron draws buttons on macOS only; a Windows toast carries its own (protocol launches).
      const buttons = process.platform === 'darwin' ? actions : [];
      const windowsButtons = process.platform === 'win32' && actions.length > 0;
      const note = new Notification({
        title,
        body,
        icon: iconPath,
        silent: false,
        actions: buttons.map((action) => ({ type: 'button', text: action.label })),
        ...(windowsButtons
          ? {
              toastXml: toastXml({ title, body, buttons: actions.map(({ label, url }) => ({ label, url })) }),
            }
          : {}),
      });
      live.add(note);
      note.on('click', () => {
        live.delete(note);
        onClick();
      });
      note.on('action', (_event, index) => {
        live.delete(note);
        buttons[index]?.run();
      });
      note.on('close', () => live.delete(note));
      note.show();
    },
  };
}
