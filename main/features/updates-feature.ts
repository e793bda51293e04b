import type { Clock, Logger, Timers } from '../core/ports';
import type { NotifierPort, TrayMenuEntry, TrayPort, TrayView } from '../core/shell-ports';
import { TRAY_ACTIONS } from '../core/tray-menu';
import {
  createUpdatePolicy,
  UPDATE_TRAY_ACTIONS,
  type UpdatePolicy,
  type UpdaterPort,
} from '../core/updates';

export interface UpdatesDeps {
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly updater: UpdaterPort;
  readonly notifier: NotifierPort;
  /** The real tray; the feature hands out a tray that adds its items to every menu. */
  readonly tray: TrayPort;
  routineInProgress(): boolean;
}

export interface UpdatesFeature {
  readonly policy: UpdatePolicy;
  /** Give this to whoever renders the tray: it adds "Check for updates…" / "Restart to update". */
  readonly tray: TrayPort;
  /** Handles an update tray action; false when the id is not one of ours. */
  trayAction(id: string): boolean;
}

/** The update items go just above Quit, where people look for them. */
export function withUpdateItems(
  menu: readonly TrayMenuEntry[],
  items: readonly TrayMenuEntry[],
): TrayMenuEntry[] {
  const quit = menu.findIndex((entry) => entry.kind === 'item' && entry.id === TRAY_ACTIONS.quit);
  const at = quit === -1 ? menu.length : quit;
  return [...menu.slice(0, at), ...items, ...menu.slice(at)];
}

/** Connects the update policy to the tray (its items and actions) and the notifier. */
export function createUpdatesFeature(deps: UpdatesDeps): UpdatesFeature {
  let lastView: TrayView | null = null;
  const render = (): void => {
    if (lastView)
      deps.tray.render({ ...lastView, menu: withUpdateItems(lastView.menu, policy.trayEntries()) });
  };
  const policy = createUpdatePolicy({
    clock: deps.clock,
    timers: deps.timers,
    logger: deps.logger,
    updater: deps.updater,
    notifier: deps.notifier,
    routineInProgress: deps.routineInProgress,
    onChange: render,
  });
  const actions: Readonly<Record<string, () => void>> = {
    [UPDATE_TRAY_ACTIONS.check]: () => policy.checkNow(),
    [UPDATE_TRAY_ACTIONS.restart]: () => policy.restart(),
  };
  return {
    policy,
    tray: {
      render(view) {
        lastView = view;
        render();
      },
    },
    trayAction(id) {
      const action = actions[id];
      if (!action) return false;
      action();
      return true;
    },
  };
}
