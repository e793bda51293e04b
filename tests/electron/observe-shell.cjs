// Loaded into Electron's main process with `-r`, before the app's own code (tests/electron only).
// It records what the app shows in the tray and as notifications, so a spec can read them with
// electronApp.evaluate. The app knows nothing about it: no hook in production code.
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- `-r` loads CommonJS only
const { Menu, Notification, Tray } = require('electron');

const seen = { tooltips: [], notifications: [], trayMenu: null };
globalThis.__unknotShell = seen;

function wrap(owner, name, record) {
  const original = owner[name];
  owner[name] = function wrapped(...args) {
    const result = original.apply(this, args);
    record(this, args, result);
    return result;
  };
}

wrap(Tray.prototype, 'setToolTip', (_tray, [text]) => seen.tooltips.push({ text, at: Date.now() }));
// The tray's menu is the one with the routine in it; the window menus are Electron's default.
wrap(Menu, 'buildFromTemplate', (_menu, _args, menu) => {
  if (menu.getMenuItemById('start-routine')) seen.trayMenu = menu;
});
wrap(Notification.prototype, 'show', (note) =>
  seen.notifications.push({ title: note.title, body: note.body, at: Date.now(), note }),
);
