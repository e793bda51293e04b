import { Notification } from 'electron';
import type { NotifierPort } from '../core/shell-ports';

export function createNotifier(iconPath: string): NotifierPort {
  // Keep shown notifications referenced until closed: a collected Notification loses its click.
  const live = new Set<Notification>();
  return {
    show({ title, body, onClick }) {
      if (!Notification.isSupported()) return;
      const note = new Notification({ title, body, icon: iconPath, silent: false });
      live.add(note);
      note.on('click', () => {
        live.delete(note);
        onClick();
      });
      note.on('close', () => live.delete(note));
      note.show();
    },
  };
}
