import type { Clock, Logger, Timers } from './core/ports';
import type { AppInfo } from './core/ipc/contract';
import { createDispatch, type Dispatch, type HandlerTable } from './core/ipc/dispatch';
import { HandlerRejection } from './core/ipc/result';
import { nextReminder, ScheduleError } from './core/schedule';
import type { DesktopPort, LifecyclePort, LoginItemPort, NotifierPort, TrayPort, ViewName, WindowPort } from './core/shell-ports';
import { TRAY_ACTIONS } from './core/tray-menu';
import { createRemindersFeature } from './features/reminders-feature';
import { planFor } from './features/routine-config';
import { routineEditorModel } from './features/routine-editor';
import { createSettingsFeature } from './features/settings-feature';
import { createJsonFileStore } from './services/json-store';
import { createSettingsStore } from './services/settings-store';
import { createHistoryLog } from './services/history-log';
import { toSessionRecord } from './core/history/summary';
import { exportText } from './features/data-export';
import { createCheckinFeature } from './features/checkin-feature';
import { createHistoryFeature } from './features/history-feature';
import { logsHandlers } from './features/logs-feature';
import { createUpdatesFeature } from './features/updates-feature';
import type { UpdaterPort } from './core/updates';
import { logsDirOf } from './services/file-log';

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
  readonly loginItem?: LoginItemPort;
  readonly desktop: DesktopPort;
  /** electron-updater, where the app can update itself (a packaged build); absent, no update items. */
  readonly updater?: UpdaterPort;
}

export interface UnknotApp {
  readonly dispatch: Dispatch;
  readonly handlers: HandlerTable;
  start(): Promise<void>;
  /** A tray menu item was chosen. */
  trayAction(id: string): void;
  /** Someone launched Unknot again: show what is open, or the routine. */
  secondInstance(): void;
  /** The machine woke up or the screen was unlocked: re-arm from the new wall clock. */
  systemResumed(): void;
  openView(view: ViewName): void;
  /** Resolves when background work started so far (state saves, a morning offer being checked) is done. */
  flush(): Promise<void>;
  dispose(): void;
}

/** The composition root: builds the core with the given ports and wires the shell to it. */
export function createUnknotApp(deps: AppDeps): UnknotApp {
  const { windows, logger } = deps;
  const openView = (view: ViewName): void => windows.show(view);
  const updates =
    deps.updater &&
    createUpdatesFeature({
      clock: deps.clock,
      timers: deps.timers,
      logger,
      updater: deps.updater,
      notifier: deps.notifier,
      tray: deps.tray,
      routineInProgress: () => windows.isOpen('routine'),
    });

  const reminders = createRemindersFeature({
    clock: deps.clock,
    timers: deps.timers,
    logger,
    store: createJsonFileStore({ dir: deps.userDataDir, name: 'reminder-state', logger }),
    tray: updates ? updates.tray : deps.tray,
    notifier: deps.notifier,
    routineMinutes: () => Math.max(1, Math.round(planFor(settings.state().settings).totalSec / 60)),
    openRoutine: () => openView('routine'),
    onStateChanged: (snapshot) => windows.broadcast('reminderStateChanged', snapshot),
  });

  let lastStartAtLogin: boolean | undefined;
  const settings = createSettingsFeature(createSettingsStore({ dir: deps.userDataDir, clock: deps.clock, logger }), (saved) => {
    reminders.applySettings(saved);
    checkin.applySettings(saved.reminders.morningCheckIn);
    if (deps.loginItem && saved.general.startAtLogin !== lastStartAtLogin) {
      lastStartAtLogin = saved.general.startAtLogin;
      deps.loginItem.setEnabled(saved.general.startAtLogin).catch((error: unknown) => logger.warn('could not change start at login', error));
    }
  });
  const broadcastSettings = <T>(state: T): T => {
    windows.broadcast('settingsChanged', settings.state());
    return state;
  };

  const history = createHistoryLog({ dir: deps.userDataDir, logger });
  const checkin = createCheckinFeature({
    clock: deps.clock,
    timers: deps.timers,
    logger,
    store: createJsonFileStore({ dir: deps.userDataDir, name: 'checkin-state', logger }),
    notifier: deps.notifier,
    loggedOn: (date) => historyView.loggedOn(date),
    openCheckin: () => openView('checkin'),
  });
  const historyView = createHistoryFeature({
    clock: deps.clock,
    logger,
    log: history,
    checkin,
    broadcast: (view) => windows.broadcast('historyChanged', view),
  });

  const handlers: HandlerTable = {
    getAppInfo: () => deps.info,
    getSettings: () => settings.state(),
    saveSettings: async (patch) => broadcastSettings(await settings.save(patch)),
    resetSettings: async () => broadcastSettings(await settings.reset()),
    dismissSettingsNotice: () => settings.dismissNotice(),
    previewNextReminder: ({ schedule }) => {
      try {
        const next = nextReminder(schedule, new Date(deps.clock.now()), deps.clock.timeZone());
        return next && { at: next.at.getTime(), bedtime: next.bedtime.getTime(), night: next.night };
      } catch (error) {
        if (error instanceof ScheduleError) throw new HandlerRejection(error.message);
        throw error;
      }
    },
    getReminderState: () => reminders.engine.snapshot(),
    reminderAction: (action) => {
      if (action === 'start-now') reminders.engine.startNow();
      else reminders.trayAction(action);
      return reminders.engine.snapshot();
    },
    getRoutinePlan: () => {
      const current = settings.state().settings;
      return { plan: planFor(current), chimeVolume: current.routine.chimeVolume, spokenCues: current.routine.spokenCues };
    },
    getRoutineEditor: () => routineEditorModel(settings.state().settings),
    recordSession: async (summary) => {
      const record = toSessionRecord(summary, deps.clock.timeZone());
      await history.append(record);
      historyView.changed();
      return { night: record.night };
    },
    ...historyView.handlers,
    ...logsHandlers({ clock: deps.clock, logger, desktop: deps.desktop, logsDir: logsDirOf(deps.userDataDir) }),
    openDataFolder: async () => {
      await deps.desktop.openFolder(deps.userDataDir);
      return null;
    },
    closeWindow: (view) => {
      windows.close(view);
      return null;
    },
    exportData: async (kind) => {
      const { name, text } = await exportText(kind, settings.state().settings, history, deps.clock);
      return { savedTo: await deps.desktop.saveTextFile(name, text) };
    },
  };

  const trayAction = (id: string): void => {
    if (reminders.trayAction(id) || updates?.trayAction(id)) return;
    switch (id) {
      case TRAY_ACTIONS.startRoutine:
        reminders.engine.startNow();
        return openView('routine');
      case TRAY_ACTIONS.logMorning:
        return openView('checkin');
      case TRAY_ACTIONS.history:
        return openView('history');
      case TRAY_ACTIONS.settings:
        return openView('settings');
      case TRAY_ACTIONS.quit:
        return deps.lifecycle.quit();
      default:
        logger.warn(`Unknown tray action: ${id}`);
    }
  };

  return {
    dispatch: createDispatch(handlers, logger),
    handlers,
    async start() {
      const loaded = await settings.load();
      await reminders.engine.start();
      await checkin.start();
      updates?.policy.start(true);
      // First launch: a short welcome. A recovered or read-only settings file: tell the user now.
      if (!loaded.settings.general.firstRunDone && !loaded.readOnly) openView('welcome');
      else if (loaded.notice) openView('settings');
    },
    trayAction,
    secondInstance() {
      if (!windows.focusAny()) openView('routine');
    },
    systemResumed() {
      reminders.engine.systemResumed();
      checkin.systemResumed();
      updates?.policy.systemResumed();
    },
    openView,
    async flush() {
      await Promise.all([reminders.engine.flush(), checkin.flush(), updates?.policy.flush()]);
    },
    dispose() {
      reminders.engine.dispose();
      checkin.dispose();
      updates?.policy.dispose();
    },
  };
}
