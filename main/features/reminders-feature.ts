import type { Clock, JsonDocumentStore, Logger, Timers } from '../core/ports';
import { createReminderEngine, type ReminderEngine, type ReminderSnapshot } from '../core/reminders';
import type { Settings } from '../core/settings';
import type { NotifierPort, TrayPort } from '../core/shell-ports';
import { saveFailureMessage } from '../core/storage-faults';
import { TRAY_ACTIONS, trayIconState, trayMenu, trayTooltip } from '../core/tray-menu';

export interface RemindersDeps {
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly store: JsonDocumentStore;
  readonly tray: TrayPort;
  readonly notifier: NotifierPort;
  /** Length of the routine the reminder offers, in whole minutes. */
  routineMinutes(): number;
  openRoutine(): void;
  onStateChanged(snapshot: ReminderSnapshot): void;
}

export interface RemindersFeature {
  readonly engine: ReminderEngine;
  applySettings(settings: Settings): void;
  /**
   * Does a reminder action (a tray item id or IPC ReminderAction); resolves once it is saved,
   * rejects when it could not be. Null when the id is not one of ours.
   */
  perform(id: string): Promise<void> | null;
  /** As perform, for the tray: a failure is told by notification. False when the id is not ours. */
  trayAction(id: string): boolean;
}

/** Connects the reminder engine to the tray (menu, tooltip, icon) and the OS notification. */
export function createRemindersFeature(deps: RemindersDeps): RemindersFeature {
  const renderTray = (snapshot: ReminderSnapshot): void =>
    deps.tray.render({
      icon: trayIconState(snapshot),
      tooltip: trayTooltip(snapshot, deps.clock.timeZone()),
      menu: trayMenu(snapshot),
    });

  const engine = createReminderEngine({
    clock: deps.clock,
    timers: deps.timers,
    store: deps.store,
    logger: deps.logger,
    onChange: (snapshot) => {
      renderTray(snapshot);
      deps.onStateChanged(snapshot);
    },
    onDue: () =>
      deps.notifier.show({
        title: 'Time to unwind',
        body: `Your ${deps.routineMinutes()}-minute routine is ready.`,
        onClick: () => {
          tellIfUnsaved(engine.startNow());
          deps.openRoutine();
        },
      }),
  });

  // Nobody waits on a tray click or a notification: a choice that could not be saved is told.
  const tellIfUnsaved = (done: Promise<void>): void => {
    done.catch((error: unknown) =>
      deps.notifier.show({ title: 'Unknot', body: saveFailureMessage(error), onClick: () => undefined }),
    );
  };

  const actions: Readonly<Record<string, () => Promise<void>>> = {
    [TRAY_ACTIONS.snooze]: () => engine.snooze(),
    [TRAY_ACTIONS.skipTonight]: () => engine.skipTonight(),
    [TRAY_ACTIONS.pause1h]: () => engine.pause('1h'),
    [TRAY_ACTIONS.pauseMorning]: () => engine.pause('morning'),
    [TRAY_ACTIONS.pauseIndefinite]: () => engine.pause('indefinite'),
    [TRAY_ACTIONS.resume]: () => engine.resume(),
  };

  return {
    engine,
    applySettings(settings) {
      engine.updateSettings({
        schedule: settings.schedule,
        snoozeMinutes: settings.reminders.snoozeMinutes,
        lateWindowMinutes: settings.reminders.lateWindowMinutes,
      });
      // The tooltip shows the next reminder: it must follow a schedule change at once.
      renderTray(engine.snapshot());
    },
    perform(id) {
      return actions[id]?.() ?? null;
    },
    trayAction(id) {
      const action = actions[id];
      if (!action) return false;
      tellIfUnsaved(action());
      return true;
    },
  };
}
