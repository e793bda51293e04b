import type { AppInfo } from './core/ipc/contract';
import { regionalFormatOf } from './core/locale/calendar';
import { displayLocale } from './core/locale/region';
import { localeTag } from './core/locale/language-setting';
import { createDispatch, type Dispatch, type HandlerTable } from './core/ipc/dispatch';
import type { LocalePort } from './core/locale/port';
import type { Clock, Logger, Timers } from './core/ports';
import type { UpdaterPort } from './core/updates';
import type {
  DesktopPort,
  LifecyclePort,
  LoginItemPort,
  NotifierPort,
  PresencePort,
  LauncherPort,
  ReportPdfPort,
  TrayPort,
  WindowPort,
} from './core/shell-ports';
import { createCheckinFeature } from './features/checkin-feature';
import { createDataFeature } from './features/data-feature';
import { createHistoryFeature } from './features/history-feature';
import { createLanguageFeature } from './features/language-feature';
import { createLauncherFeature } from './features/launcher-feature';
import { createOwnExercisesFeature } from './features/own-exercises';
import { createRestoreFeature } from './features/restore-feature';
import { createReportFeature } from './features/report-feature';
import { createLogsFeature } from './features/logs-feature';
import { createRemindersFeature } from './features/reminders-feature';
import { createRoutineFeature } from './features/routine-feature';
import { createSettingsFeature } from './features/settings-feature';
import { createShellFeature } from './features/shell-feature';
import { startInOrder } from './features/startup';
import { createUpdatesFeature } from './features/updates-feature';
import { logsDirOf } from './services/file-log';
import { createHistoryLog } from './services/history-log';
import { createJsonFileStore, type FileSystem } from './services/json-store';
import { createSafetyCopies } from './services/safety-copies';
import { createSettingsStore } from './services/settings-store';

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
  readonly presence: PresencePort;
  readonly lifecycle: LifecyclePort;
  readonly loginItem?: LoginItemPort;
  readonly desktop: DesktopPort;
  /** The system's regional format and preferred languages (the "System" language follows them). */
  readonly locale: LocalePort;
  /** Prints the report view to PDF (a hidden window in Electron). */
  readonly printer: ReportPdfPort;
  /** The Windows jump list and the macOS app menu, labelled in the language setting. */
  readonly launcher: LauncherPort;
  /** The file system the stores use; node:fs/promises unless a test injects faults. */
  readonly fs?: FileSystem;
  /** electron-updater, where this install can update itself (a packaged build); absent: no update items. */
  readonly updater?: UpdaterPort | undefined;
}

export interface UnknotApp {
  readonly dispatch: Dispatch;
  start(): Promise<void>;
  /** A tray menu item was chosen; an id that is not a known action is logged and thrown. */
  trayAction(id: string): void;
  /** Someone launched Unknot again, with this argv: a launcher action's view, or the likeliest one. */
  secondInstance(argv: readonly string[]): void;
  /** Call once after start() with this instance's own argv: a launcher action opens its view. */
  launched(argv: readonly string[]): void;
  /**
   * The machine woke up, the screen was unlocked or the user became active: re-arm from the new
   * wall clock, and show a reminder held while they were away.
   */
  systemResumed(): void;
  /** Resolves when background work started so far (state saves, a morning offer being checked) is done. */
  flush(): Promise<void>;
  dispose(): void;
}

/**
 * The composition root: builds the stores and features on the given ports and joins the features'
 * slices into the IPC handler table. Features are created in dependency order; logic lives in them.
 */
export function createUnknotApp(deps: AppDeps): UnknotApp {
  const { clock, timers, logger, windows, notifier, userDataDir: dir } = deps;
  const fs = deps.fs ? { fs: deps.fs } : {};
  const settingsStore = createSettingsStore({ dir, clock, logger, ...fs });
  const historyLog = createHistoryLog({ dir, logger, ...fs });
  // Read when needed, not kept: each use sees the system's format as it is then.
  const regionalFormat = () => regionalFormatOf(deps.locale.regionalFormat());
  const language = createLanguageFeature(deps.locale);
  const { words } = language;
  const launcher = createLauncherFeature({ launcher: deps.launcher, words });
  const locale = () => displayLocale(regionalFormat(), localeTag(language.current()));
  const routine = createRoutineFeature(settingsStore, language.current);
  const updates =
    deps.updater &&
    createUpdatesFeature({
      clock,
      timers,
      logger,
      updater: deps.updater,
      notifier,
      tray: deps.tray,
      windows,
      words,
    });
  const reminders = createRemindersFeature({
    clock,
    timers,
    logger,
    store: createJsonFileStore({ dir, name: 'reminder-state', logger, ...fs }),
    // With an updater, the tray the reminders render also carries the update items.
    tray: updates?.tray ?? deps.tray,
    notifier,
    presence: deps.presence,
    windows,
    routine,
    locale,
    words,
  });
  const checkin = createCheckinFeature({
    clock,
    timers,
    logger,
    store: createJsonFileStore({ dir, name: 'checkin-state', logger, ...fs }),
    notifier,
    words,
    windows,
    history: historyLog,
  });
  const history = createHistoryFeature({
    clock,
    logger,
    log: historyLog,
    checkin,
    windows,
    locale,
    words: () => words().insights,
    routine: () => routine.content(),
  });
  const shell = createShellFeature({ ...deps, regionalFormat, reminders, updates });
  const settings = createSettingsFeature({
    store: settingsStore,
    windows,
    // The language first: the others render their words in it.
    listeners: [language, launcher, reminders, checkin, shell, ...(updates ? [updates] : [])],
    notifier,
    timeZoneNotice: () => clock.timeZoneNotice?.() ?? null,
  });
  const ownExercises = createOwnExercisesFeature({
    settings,
    store: settingsStore,
    desktop: deps.desktop,
    words,
  });
  const data = createDataFeature({
    userDataDir: dir,
    clock,
    desktop: deps.desktop,
    settings: settingsStore,
    history: historyLog,
    csvHeader: () => words().csvHeader(),
  });
  const restore = createRestoreFeature({
    clock,
    logger,
    desktop: deps.desktop,
    settings,
    history: historyLog,
    publishHistory: () => history.publish(),
    safetyCopies: createSafetyCopies({ dir, ...fs }),
    words: () => words().restore,
  });
  const report = createReportFeature({
    clock,
    log: historyLog,
    locale: () => deps.locale.regionalFormat(),
    dateLocale: locale,
    words,
    presets: async () => (await routine.content()).catalog.presets,
    printer: deps.printer,
    desktop: deps.desktop,
  });
  const logs = createLogsFeature({ clock, logger, desktop: deps.desktop, logsDir: logsDirOf(dir) });

  // Typed as the whole table: a channel that no feature handles does not compile.
  const handlers: HandlerTable = {
    ...language.handlers,
    ...shell.handlers,
    ...settings.handlers,
    ...reminders.handlers,
    ...routine.handlers,
    ...ownExercises.handlers,
    ...history.handlers,
    ...report.handlers,
    ...data.handlers,
    ...restore.handlers,
    ...logs.handlers,
  };

  return {
    dispatch: createDispatch(handlers, logger),
    async start() {
      const [loaded] = await startInOrder(
        [
          {
            what: 'load your settings',
            told: () => words().startupSettingsFailed(),
            run: () => settings.load(),
          },
          {
            what: 'start reminders',
            told: () => words().startupRemindersFailed(),
            run: () => reminders.start(),
          },
          {
            what: 'start the morning check-in',
            told: () => words().startupCheckinFailed(),
            run: () => checkin.start(),
          },
        ],
        { logger, notifier, windows },
      );
      if (loaded) settings.greet();
    },
    trayAction: (id) => shell.trayAction(id),
    secondInstance: (argv) => shell.secondInstance(argv),
    launched: (argv) => shell.launched(argv),
    systemResumed() {
      reminders.systemResumed();
      checkin.systemResumed();
      updates?.systemResumed();
    },
    async flush() {
      await Promise.all([reminders.flush(), checkin.flush(), updates?.flush()]);
    },
    dispose() {
      reminders.dispose();
      checkin.dispose();
      updates?.dispose();
    },
  };
}
