/**
 * Bedtime reminders: connects the reminder engine to the tray (menu, tooltip, icon), the OS
 * notification and open windows, and owns the reminder channels of the IPC handler table.
 */
import type { HandlerTable } from '../core/ipc/dispatch';
import { noticeActionUrl } from '../core/launch-actions';
import type { MainMessages } from '../core/locale/main-messages';
import { HandlerRejection } from '../core/ipc/result';
import type { Clock, JsonDocumentStore, Logger, Timers } from '../core/ports';
import { createReminderEngine } from '../core/reminders/engine';
import { reminderSettingsOf, type Nudge, type ReminderSnapshot } from '../core/reminders/types';
import type { ReminderAction } from '../core/reminders/actions';
import { nextReminder, ScheduleError } from '../core/schedule';
import type { Settings } from '../core/settings/schema';
import type { ReminderStyle } from '../core/settings/vocabulary';
import type { NotifierPort, PresencePort, TrayPort, WindowPort } from '../core/shell-ports';
import { trayIconState, trayMenu, trayTooltip } from '../core/tray-menu';
import { saveFailureMessage } from '../core/storage-faults';
import { inZoneOrUtc, timeOfInstant } from '../core/locale/clock';

export interface RemindersDeps {
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly store: JsonDocumentStore;
  readonly tray: TrayPort;
  readonly notifier: NotifierPort;
  readonly presence: PresencePort;
  readonly windows: Pick<WindowPort, 'show' | 'close' | 'broadcast'>;
  /** Main's words in the current language (read whenever the tray or a notification is made). */
  readonly words: () => MainMessages;
  /** Length of the routine the reminder offers, in whole minutes. */
  readonly routine: { minutes(): number };
  /** The tag the tray and notifications write times in (displayLocale). */
  readonly locale: () => string;
}

export interface RemindersFeature {
  readonly handlers: Pick<
    HandlerTable,
    'previewNextReminder' | 'getReminderState' | 'reminderAction' | 'getPrompt' | 'promptAction'
  >;
  start(): Promise<void>;
  applySettings(settings: Settings): void;
  /** The user's choice, from a window: resolves once it is saved, rejects when it could not be. */
  act(action: ReminderAction): Promise<void>;
  /** The user's choice, from the tray or a notification: nobody waits, so a failure is told. */
  choose(action: ReminderAction): void;
  snapshot(): ReminderSnapshot;
  systemResumed(): void;
  flush(): Promise<void>;
  dispose(): void;
}

export function createRemindersFeature(deps: RemindersDeps): RemindersFeature {
  const { clock, windows } = deps;
  const renderTray = (snapshot: ReminderSnapshot): void =>
    deps.tray.render({
      icon: trayIconState(snapshot),
      tooltip: trayTooltip(snapshot, clock.timeZone(), deps.words(), deps.locale()),
      menu: trayMenu(snapshot, deps.words(), deps.locale()),
    });

  let style: ReminderStyle = 'notification';
  const startRoutine = (): void => {
    choose('start-now');
    windows.show('routine');
  };
  const timeText = (at: number): string =>
    inZoneOrUtc((zone) => timeOfInstant(at, deps.locale(), zone), clock.timeZone());
  const dueText = (): string => {
    const words = deps.words();
    const ready = words.reminderBody({ minutes: deps.routine.minutes() });
    const bedtime = engine.snapshot().current?.bedtime;
    return bedtime === undefined ? ready : `${ready} ${words.reminderBedtimeAt({ time: timeText(bedtime) })}`;
  };

  const engine = createReminderEngine({
    clock,
    timers: deps.timers,
    store: deps.store,
    logger: deps.logger,
    presence: () => deps.presence.current(),
    onChange: (snapshot) => {
      renderTray(snapshot);
      windows.broadcast('reminderStateChanged', snapshot);
    },
    onDue: () =>
      style === 'prompt'
        ? windows.show('prompt')
        : deps.notifier.show({
            title: deps.words().reminderTitle(),
            body: dueText(),
            onClick: startRoutine,
            // The tray's own actions, so a button and a menu item leave the same state.
            actions: [
              {
                label: deps.words().reminderStart(),
                url: noticeActionUrl('start-routine'),
                run: startRoutine,
              },
              {
                label: deps.words().reminderSnooze({ minutes: engine.snapshot().snoozeMinutes }),
                url: noticeActionUrl('snooze'),
                run: () => choose('snooze'),
              },
            ],
          }),
    onNudge: (nudge) =>
      deps.notifier.show(
        nudgeNotice(nudge, clock.now(), deps.routine.minutes(), deps.words(), startRoutine, timeText),
      ),
  });

  function choose(action: ReminderAction): void {
    engine
      .act(action)
      .catch((error: unknown) =>
        deps.notifier.show({ title: 'Unknot', body: saveFailureMessage(error), onClick: () => undefined }),
      );
  }

  return {
    handlers: {
      previewNextReminder: ({ schedule }) => {
        try {
          const next = nextReminder(schedule, new Date(clock.now()), clock.timeZone());
          return next && { at: next.at.getTime(), bedtime: next.bedtime.getTime(), night: next.night };
        } catch (error) {
          if (error instanceof ScheduleError) throw new HandlerRejection(error.message);
          throw error;
        }
      },
      getReminderState: () => engine.snapshot(),
      getPrompt: () => {
        const snapshot = engine.snapshot();
        if (snapshot.status !== 'due' || !snapshot.current) return null;
        const { snoozeMinutes, snoozesLeft } = snapshot;
        return { night: snapshot.current.night, minutes: deps.routine.minutes(), snoozeMinutes, snoozesLeft };
      },
      // Both answered only once saved: an action that would be lost on restart is reported instead.
      promptAction: async (action) => {
        windows.close('prompt');
        // The routine opens at once, as from the tray; the answer still waits for the save.
        if (action === 'start-now') windows.show('routine');
        await engine.act(action);
        return null;
      },
      reminderAction: async (action) => {
        await engine.act(action);
        return engine.snapshot();
      },
    },
    start: () => engine.start(),
    applySettings(settings) {
      engine.updateSettings(reminderSettingsOf(settings));
      style = settings.reminders.style;
      // The tooltip shows the next reminder: it must follow a schedule change at once.
      renderTray(engine.snapshot());
    },
    act: (action) => engine.act(action),
    choose,
    snapshot: () => engine.snapshot(),
    systemResumed: () => engine.systemResumed(),
    flush: () => engine.flush(),
    dispose: () => engine.dispose(),
  };
}

/** What a heads-up or follow-up says; clicking either opens the routine. */
export function nudgeNotice(
  nudge: Nudge,
  now: number,
  routineMinutes: number,
  words: MainMessages,
  onClick: () => void,
  /** An instant's time of day as the user's clock writes it. */
  timeText: (at: number) => string,
): { title: string; body: string; onClick: () => void } {
  if (nudge.kind === 'follow-up') {
    return { title: words.followUpTitle(), body: words.followUpBody({ minutes: routineMinutes }), onClick };
  }
  // Rounded up, and from now: a heads-up shown late (after sleep) still tells the truth.
  const minutes = Math.max(1, Math.ceil((nudge.reminderAt - now) / 60_000));
  return {
    title: words.headsUpTitle(),
    body: words.headsUpBody({ minutes, time: timeText(nudge.reminderAt) }),
    onClick,
  };
}
