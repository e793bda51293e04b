/**
 * When Unknot looks for an update and when it may offer to restart: pure policy over ports, so the
 * Electron side (main/electron/updater.ts) only forwards calls to electron-updater.
 *
 * One timer, armed for the next automatic check (a few minutes after start, then a day after the
 * last check): one wake-up a day. Unlike the reminder's, it is not capped: a check an hour late
 * does not matter, and waking from sleep re-arms it from the wall clock anyway. A check never starts while a routine is open: it waits until the routine is over. A
 * failing or offline check leaves a log line and nothing else. The restart is only ever the
 * user's choice, from the tray.
 */
import type { Clock, Logger, TimerHandle, Timers } from './ports';
import type { NotifierPort, TrayMenuEntry } from './shell-ports';

export const UPDATE_TIMING = {
  /** Out of the way of start-up, and of a reminder due at launch. */
  firstCheckAfterMs: 5 * 60_000,
  everyMs: 24 * 60 * 60_000,
  /** While a routine is open the check waits; this is how soon it looks again. */
  routineRetryMs: 30 * 60_000,
} as const;

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

/** Tray item ids of this feature (the tray adapter passes every chosen id back). */
export const UPDATE_TRAY_ACTIONS = {
  check: 'check-for-updates',
  restart: 'restart-to-update',
} as const;

export const UPDATE_MESSAGES = {
  upToDate: { title: 'Unknot is up to date', body: 'You have the newest version.' },
  afterRoutine: {
    title: 'Update waits for your routine',
    body: 'Finish or end the routine first, then choose “Restart to update” in the tray.',
  },
} as const;

export interface UpdatePolicyDeps {
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly updater: UpdaterPort;
  readonly notifier: NotifierPort;
  /** True while the routine window is open. */
  routineInProgress(): boolean;
  /** The tray items changed (checking, ready). */
  onChange(state: UpdateState): void;
}

export interface UpdatePolicy {
  /** Arms the first automatic check (if automatic checks are on). */
  start(automatic: boolean): void;
  /** The setting changed: off clears the timer, on arms the next check. */
  setAutomatic(automatic: boolean): void;
  /** "Check for updates…": now, whatever the setting, unless a routine is open. */
  checkNow(): void;
  /** "Restart to update": only with a downloaded update and no routine open. */
  restart(): void;
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
  const { clock, timers, logger } = deps;
  let automatic = false;
  let disposed = false;
  let state: UpdateState = { kind: 'idle' };
  let timer: TimerHandle | null = null;
  /** Wall-clock instant of the next automatic check, or null when none is planned. */
  let dueAt: number | null = null;
  let inFlight: Promise<void> = Promise.resolve();

  const setState = (next: UpdateState): void => {
    state = next;
    deps.onChange(next);
  };

  function arm(): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (dueAt === null || disposed) return;
    // At most a day (everyMs), well under the 2^31 ms a timer can wait.
    const wait = Math.max(dueAt - clock.now(), 0);
    timer = timers.setTimeout(() => {
      timer = null;
      wake();
    }, wait);
  }

  function planIn(ms: number): void {
    dueAt = clock.now() + ms;
    arm();
  }

  function wake(): void {
    if (dueAt === null || disposed) return;
    // A wall clock set back while waiting: wait for the rest.
    if (clock.now() < dueAt) return arm();
    runCheck(false);
  }

  function runCheck(manual: boolean): void {
    if (state.kind !== 'idle') {
      // Already checking, or an update is waiting for the user: nothing new to learn.
      if (manual && state.kind === 'ready')
        logger.info(`Update ${state.version} is ready; waiting for the user to restart`);
      return;
    }
    if (deps.routineInProgress()) {
      logger.info('Update check postponed: a routine is in progress');
      if (automatic || manual) planIn(UPDATE_TIMING.routineRetryMs);
      return;
    }
    dueAt = null;
    arm();
    setState({ kind: 'checking', manual });
    logger.info(manual ? 'Checking for updates (asked by the user)' : 'Checking for updates');
    inFlight = deps.updater.checkAndDownload().then(
      (found) => {
        if (disposed) return;
        if (found) {
          logger.info(`Update ${found.version} downloaded; offering "Restart to update"`);
          setState({ kind: 'ready', version: found.version });
          return;
        }
        logger.info('No update: this is the newest version');
        setState({ kind: 'idle' });
        if (manual) deps.notifier.show({ ...UPDATE_MESSAGES.upToDate, onClick: () => undefined });
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

  return {
    start(on) {
      automatic = on;
      if (automatic) planIn(UPDATE_TIMING.firstCheckAfterMs);
    },
    setAutomatic(on) {
      if (on === automatic) return;
      automatic = on;
      if (!on) {
        dueAt = null;
        arm();
      } else if (state.kind === 'idle' && dueAt === null) {
        planIn(UPDATE_TIMING.firstCheckAfterMs);
      }
    },
    checkNow: () => runCheck(true),
    restart() {
      if (state.kind !== 'ready') return;
      if (deps.routineInProgress()) {
        logger.info('Restart to update refused: a routine is in progress');
        deps.notifier.show({ ...UPDATE_MESSAGES.afterRoutine, onClick: () => undefined });
        return;
      }
      logger.info(`Restarting to install update ${state.version}`);
      deps.updater.restartToUpdate();
    },
    systemResumed: () => arm(),
    state: () => state,
    trayEntries() {
      if (state.kind === 'ready') {
        return [
          { kind: 'item', id: UPDATE_TRAY_ACTIONS.restart, label: `Restart to update to ${state.version}` },
        ];
      }
      if (state.kind === 'checking') {
        return [
          { kind: 'item', id: UPDATE_TRAY_ACTIONS.check, label: 'Checking for updates…', enabled: false },
        ];
      }
      return [{ kind: 'item', id: UPDATE_TRAY_ACTIONS.check, label: 'Check for updates…' }];
    },
    flush: () => inFlight,
    dispose() {
      disposed = true;
      dueAt = null;
      arm();
    },
  };
}
