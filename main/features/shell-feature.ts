/**
 * The app as the desktop sees it: what it is (app info), which window a tray item or a second
 * launch opens, closing a window on the page's request, quitting, and starting at login.
 */
import type { AppInfo } from '../core/ipc/contract';
import type { RegionalFormat } from '../core/locale/calendar';
import type { HandlerTable } from '../core/ipc/dispatch';
import type { Logger } from '../core/ports';
import { isReminderAction, type ReminderAction } from '../core/reminders/actions';
import type { Settings } from '../core/settings/schema';
import type { LifecyclePort, LoginItemPort, WindowPort } from '../core/shell-ports';
import { isShellAction, type ShellAction } from '../core/tray-menu';
import { isUpdateAction, type UpdateAction } from '../core/updates';
import { hasSchemeUrl, parseLaunchAction, parseNoticeAction } from '../core/launch-actions';
import type { ReminderSnapshot } from '../core/reminders/types';

export interface ShellFeatureDeps {
  readonly info: AppInfo;
  /** The system's regional format, read when asked. */
  readonly regionalFormat: () => RegionalFormat;
  readonly logger: Logger;
  readonly windows: Pick<WindowPort, 'show' | 'close' | 'focusAny'>;
  readonly lifecycle: LifecyclePort;
  readonly loginItem?: LoginItemPort | undefined;
  readonly reminders: { choose(action: ReminderAction): void; snapshot(): ReminderSnapshot };
  /** Present where this install can update itself; its items are in the tray only then. */
  readonly updates?: { act(action: UpdateAction): void } | undefined;
}

export interface ShellFeature {
  readonly handlers: Pick<HandlerTable, 'getAppInfo' | 'getRegionalFormat' | 'closeWindow'>;
  /**
   * A tray item was chosen. Its id is a reminder, shell or update action; anything else is a bug
   * (the menu is built from the same lists), so it is logged and thrown, never ignored.
   */
  trayAction(id: string): void;
  /**
   * Someone launched Unknot again. With a launcher action in its argv, that view; otherwise the
   * routine while a reminder is due, else what is open, else Settings (a user without a tray
   * relaunches to reach the app).
   */
  secondInstance(argv: readonly string[]): void;
  /** This instance was started with a launcher action (the app was not running): run it. */
  launched(argv: readonly string[]): void;
  /** Keeps the OS login item in step with the setting, touching it only when the setting changes. */
  applySettings(settings: Settings): void;
}

export class UnknownActionError extends Error {
  override readonly name = 'UnknownActionError';
  constructor(readonly id: string) {
    super(`Unknown tray action: ${id}`);
  }
}

export function createShellFeature(deps: ShellFeatureDeps): ShellFeature {
  const { windows, logger } = deps;
  let startAtLogin: boolean | undefined;

  // Keyed by the action list, so a new tray item without a meaning here does not compile.
  const shellActions: Readonly<Record<ShellAction, () => void>> = {
    'start-routine': () => {
      deps.reminders.choose('start-now');
      windows.show('routine');
    },
    'log-morning': () => windows.show('checkin'),
    'open-history': () => windows.show('history'),
    'open-settings': () => windows.show('settings'),
    quit: () => deps.lifecycle.quit(),
  };

  const trayAction = (id: string): void => {
    if (isReminderAction(id)) return deps.reminders.choose(id);
    if (isShellAction(id)) return shellActions[id]();
    if (isUpdateAction(id) && deps.updates) return deps.updates.act(id);
    const error = new UnknownActionError(id);
    logger.error(error.message);
    throw error;
  };

  return {
    handlers: {
      getAppInfo: () => deps.info,
      getRegionalFormat: () => deps.regionalFormat(),
      closeWindow: (view) => {
        windows.close(view);
        return null;
      },
    },
    trayAction,
    secondInstance(argv) {
      // A notification button's ids are the tray's own (core/launch-actions.ts).
      const button = parseNoticeAction(argv);
      if (button) return trayAction(button);
      // Any web page can open an unknot:// address: only the two buttons' own URLs do anything.
      if (hasSchemeUrl(argv)) return logger.warn('ignored a launch through an unknown unknot:// address');
      const action = parseLaunchAction(argv);
      if (action) return shellActions[action]();
      if (deps.reminders.snapshot().status === 'due') return windows.show('routine');
      if (!windows.focusAny()) windows.show('settings');
    },
    launched(argv) {
      const action = parseLaunchAction(argv);
      if (action) shellActions[action]();
    },
    applySettings(settings) {
      const wanted = settings.general.startAtLogin;
      if (!deps.loginItem || wanted === startAtLogin) return;
      startAtLogin = wanted;
      deps.loginItem
        .setEnabled(wanted)
        .catch((error: unknown) => logger.warn('could not change start at login', error));
    },
  };
}
