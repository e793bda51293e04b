/**
 * Updates: the update policy (core/updates.ts) connected to the tray (its items, on every menu the
 * reminders render), the notifier, the routine window (never during a routine) and the setting.
 */
import type { MainMessages } from '../core/locale/main-messages';
import type { Clock, Logger, Timers } from '../core/ports';
import type { Settings } from '../core/settings/schema';
import type { NotifierPort, TrayMenuEntry, TrayPort, TrayView, WindowPort } from '../core/shell-ports';
import type { ShellAction } from '../core/tray-menu';
import { createUpdatePolicy, type UpdateAction, type UpdatePolicy, type UpdaterPort } from '../core/updates';

export interface UpdatesDeps {
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly updater: UpdaterPort;
  readonly notifier: NotifierPort;
  /** The real tray; the feature hands out a tray that adds its items to every menu. */
  readonly tray: TrayPort;
  readonly windows: Pick<WindowPort, 'isOpen'>;
  /** Main's words in the current language. */
  readonly words: () => MainMessages;
}

export interface UpdatesFeature {
  /** Give this to whoever renders the tray: it adds "Check for updates…" / "Restart to update". */
  readonly tray: TrayPort;
  applySettings(settings: Settings): void;
  /** The user chose an update item in the tray. */
  act(action: UpdateAction): void;
  systemResumed(): void;
  flush(): Promise<void>;
  dispose(): void;
  /** For the wiring tests and the tray: where the policy stands. */
  readonly policy: Pick<UpdatePolicy, 'state'>;
}

/** The update items go just above Quit, where people look for them. */
export function withUpdateItems(
  menu: readonly TrayMenuEntry[],
  items: readonly TrayMenuEntry[],
): TrayMenuEntry[] {
  const quit = menu.findIndex(
    (entry) => entry.kind === 'item' && entry.id === ('quit' satisfies ShellAction),
  );
  const at = quit === -1 ? menu.length : quit;
  return [...menu.slice(0, at), ...items, ...menu.slice(at)];
}

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
    words: deps.words,
    routineInProgress: () => deps.windows.isOpen('routine'),
    onChange: render,
  });
  return {
    tray: {
      render(view) {
        lastView = view;
        render();
      },
    },
    applySettings: (settings) => policy.setAutomatic(settings.general.checkForUpdates),
    act: (action) => policy.act(action),
    systemResumed: () => policy.systemResumed(),
    flush: () => policy.flush(),
    dispose: () => policy.dispose(),
    policy,
  };
}
