import { Notification } from 'electron';
import type { NotifierPort } from '../core/shell-ports';

export function createNotifier(iconPath: string): NotifierPort {
  // Keep shown notifications referenced until closed: a collected Notification loses its click.
  const live = new Set<Notification>();
  return {
    show({ title, body, onClick, actions = [] }) {
      if (!Notification.isSupported()) return;
      // Buttons are macOS-only in Electron; elsewhere the click alone (it opens the routine).
      const buttons = process.platform === 'darwin' ? actions : [];
      const note = new Notification({
        title,
        body,
        icon: iconPath,
        silent: false,
        actions: buttons.map((action) => ({ type: 'button', text: action.label })),
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
