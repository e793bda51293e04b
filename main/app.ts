import type { Clock, Logger, Timers } from './core/ports';
import type { AppInfo } from './core/ipc/contract';
import { createDispatch, type Dispatch, type HandlerTable } from './core/ipc/dispatch';
import type { LifecyclePort, NotifierPort, TrayMenuEntry, TrayPort, ViewName, WindowPort } from './core/shell-ports';

/** Everything the app needs from the outside world; main/index.ts passes real adapters, tests fakes. */
export interface AppDeps {
  readonly info: AppInfo;
  /** Where settings, reminder state and history live. */
  readonly userDataDir: string;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly windows: WindowPort;
  readonly tray: TrayPort;
  readonly notifier: NotifierPort;
  readonly lifecycle: LifecyclePort;
}

export interface UnknotApp {
  readonly dispatch: Dispatch;
  start(): Promise<void>;
  /** A tray menu item was chosen. */
  trayAction(id: string): void;
  /** Someone launched Unknot again: show what is open, or the routine. */
  secondInstance(): void;
  openView(view: ViewName): void;
  dispose(): void;
}

const BASE_MENU: readonly TrayMenuEntry[] = [
  { kind: 'item', id: 'start-routine', label: 'Start routine now' },
  { kind: 'separator' },
  { kind: 'item', id: 'open-settings', label: 'Settings…' },
  { kind: 'item', id: 'quit', label: 'Quit Unknot' },
];

/** The composition root: builds the core with the given ports and wires the shell to it. */
export function createUnknotApp(deps: AppDeps): UnknotApp {
  const handlers: HandlerTable = {
    getAppInfo: () => deps.info,
  };
  const dispatch = createDispatch(handlers, deps.logger);

  const openView = (view: ViewName): void => deps.windows.show(view);

  const trayAction = (id: string): void => {
    switch (id) {
      case 'start-routine':
        return openView('routine');
      case 'open-settings':
        return openView('settings');
      case 'quit':
        return deps.lifecycle.quit();
      default:
        deps.logger.warn(`Unknown tray action: ${id}`);
    }
  };

  return {
    dispatch,
    async start() {
      deps.tray.render({ icon: 'waiting', tooltip: 'Unknot', menu: BASE_MENU });
    },
    trayAction,
    secondInstance() {
      if (!deps.windows.focusAny()) openView('routine');
    },
    openView,
    dispose() {},
  };
}
