/**
 * When Unknot looks for an update and when it may offer to restart: pure policy over ports, so the
 * Electron side (main/electron/updater.ts) only forwards calls to electron-updater.
 *
 * One wake timer, armed for the next automatic check (a few minutes after the setting is on, then a
 * day after the last check). A check never starts while a routine is open: it waits until the
 * routine is over. A failing or offline check leaves a log line and nothing else. The restart is
 * only ever the user's choice, from the tray.
 */
import type { MainMessages } from './locale/main-messages';
import type { Clock, Logger, Timers } from './ports';
import type { NotifierPort, TrayMenuEntry } from './shell-ports';
import { createWakeTimer } from './wake-timer';

export const UPDATE_TIMING = {
  /** Out of the way of start-up, and of a reminder due at launch. */
  firstCheckAfterMs: 5 * 60_000,
  everyMs: 24 * 60 * 60_000,
  /** While a routine is open the check waits; this is how soon it looks again. */
  routineRetryMs: 30 * 60_000,
} as const;

/** The tray items' ids: what the user can ask of updates. */
export const UPDATE_ACTIONS = ['check-for-updates', 'restart-to-update'] as const;
export type UpdateAction = (typeof UPDATE_ACTIONS)[number];

export function isUpdateAction(id: string): id is UpdateAction {
  return (UPDATE_ACTIONS as readonly string[]).includes(id);
}

/** What electron-updater does for us, reduced to the two calls the policy needs. */
export interface UpdaterPort {
  /**
   * Asks the release feed and downloads a newer version if there is one. Resolves once it is
   * downloaded (ready to install) or with null when this version is the newest; rejects offline.
   */
  checkAndDownload(): Promise<{ readonly version: string } | null>;
  /** Quits, installs the downloaded update and starts the new version. */
  restartToUpdate(): void;
}

export type UpdateState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly manual: boolean }
  | { readonly kind: 'ready'; readonly version: string };

export interface UpdatePolicyDeps {
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly updater: UpdaterPort;
  readonly notifier: NotifierPort;
  /** Main's words in the current language. */
  readonly words: () => MainMessages;
  /** True while the routine window is open. */
  routineInProgress(): boolean;
  /** The tray items changed (checking, ready). */
  onChange(state: UpdateState): void;
}

export interface UpdatePolicy {
  /** The setting: on plans a check a few minutes from now (unless one is planned), off cancels it. */
  setAutomatic(automatic: boolean): void;
  /** The user chose a tray item. */
  act(action: UpdateAction): void;
  /** The machine woke up: the wall clock may have passed the next check. */
  systemResumed(): void;
  state(): UpdateState;
  /** The tray items for the current state. */
  trayEntries(): TrayMenuEntry[];
  /** Resolves when the check in flight (if any) has settled. */
  flush(): Promise<void>;
  dispose(): void;
}

export function createUpdatePolicy(deps: UpdatePolicyDeps): UpdatePolicy {
  const { clock, logger } = deps;
  let automatic = false;
  let disposed = false;
  let state: UpdateState = { kind: 'idle' };
  /** Wall-clock instant of the next automatic check, or null when none is planned. */
  let dueAt: number | null = null;
  let inFlight: Promise<void> = Promise.resolve();

  const setState = (next: UpdateState): void => {
    state = next;
    deps.onChange(next);
  };
  const timer = createWakeTimer({
    clock,
    timers: deps.timers,
    // The wake timer wakes early on purpose (capped sleeps): only a passed due time starts a check.
    onWake: () => {
      if (dueAt !== null && clock.now() >= dueAt) runCheck(false);
      else timer.arm(dueAt);
    },
  });
  const planIn = (ms: number | null): void => {
    dueAt = ms === null || disposed ? null : clock.now() + ms;
    timer.arm(dueAt);
  };

  function runCheck(manual: boolean): void {
    if (state.kind !== 'idle') {
      // Already checking, or an update is waiting for the user: nothing new to learn.
      if (state.kind === 'ready')
        logger.info(`Update ${state.version} is ready; waiting for the user to restart`);
      return;
    }
    if (deps.routineInProgress()) {
      logger.info('Update check postponed: a routine is in progress');
      return planIn(UPDATE_TIMING.routineRetryMs);
    }
    planIn(null);
    setState({ kind: 'checking', manual });
    logger.info(manual ? 'Checking for updates (asked by the user)' : 'Checking for updates');
    inFlight = deps.updater.checkAndDownload().then(
      (found) => {
        if (disposed) return;
        if (found) {
          logger.info(`Update ${found.version} downloaded; offering "Restart to update"`);
          return setState({ kind: 'ready', version: found.version });
        }
        logger.info('No update: this is the newest version');
        setState({ kind: 'idle' });
        if (manual)
          deps.notifier.show({
            title: deps.words().updateUpToDateTitle(),
            body: deps.words().updateUpToDateBody(),
            onClick: () => undefined,
          });
        if (automatic) planIn(UPDATE_TIMING.everyMs);
      },
      (error: unknown) => {
        if (disposed) return;
        // Offline, or the feed is down: not the user's problem; try again tomorrow.
        logger.warn('Update check failed', error instanceof Error ? error.message : error);
        setState({ kind: 'idle' });
        if (automatic) planIn(UPDATE_TIMING.everyMs);
      },
    );
  }

  function restart(): void {
    if (state.kind !== 'ready') return;
    if (deps.routineInProgress()) {
      logger.info('Restart to update refused: a routine is in progress');
      deps.notifier.show({
        title: deps.words().updateAfterRoutineTitle(),
        body: deps.words().updateAfterRoutineBody(),
        onClick: () => undefined,
      });
      return;
    }
    logger.info(`Restarting to install update ${state.version}`);
    deps.updater.restartToUpdate();
  }

  const actions: Readonly<Record<UpdateAction, () => void>> = {
    'check-for-updates': () => runCheck(true),
    'restart-to-update': restart,
  };

  return {
    setAutomatic(on) {
      if (on === automatic) return;
      automatic = on;
      if (!on) planIn(null);
      else if (state.kind === 'idle' && dueAt === null) planIn(UPDATE_TIMING.firstCheckAfterMs);
    },
    act: (action) => actions[action](),
    systemResumed: () => timer.arm(dueAt),
    state: () => state,
    trayEntries() {
      if (state.kind === 'ready') {
        return [
          {
            kind: 'item',
            id: 'restart-to-update',
            label: deps.words().trayRestartToUpdate({ version: state.version }),
          },
        ];
      }
      if (state.kind === 'checking') {
        return [
          {
            kind: 'item',
            id: 'check-for-updates',
            label: deps.words().trayCheckingUpdates(),
            enabled: false,
          },
        ];
      }
      return [{ kind: 'item', id: 'check-for-updates', label: deps.words().trayCheckForUpdates() }];
    },
    flush: () => inFlight,
    dispose() {
      disposed = true;
      planIn(null);
    },
  };
}
