/**
 * The tray's menu, tooltip and icon as plain data derived from a reminder snapshot, so the
 * Electron tray adapter stays a dumb renderer and all of this is testable without Electron.
 */
import type { MainMessages } from './locale/main-messages';
import type { ReminderAction } from './reminders/actions';
import type { ReminderSnapshot } from './reminders/types';
import type { TrayIconState, TrayMenuEntry } from './shell-ports';
import { weekdayOfDate } from './locale/calendar';
import { inZoneOrUtc, weekdayTime } from './locale/clock';

/** Tray items that open a window or quit; the reminder items use the reminders' own actions. */
export const SHELL_ACTIONS = [
  'start-routine',
  'log-morning',
  'open-history',
  'open-settings',
  'quit',
] as const;
export type ShellAction = (typeof SHELL_ACTIONS)[number];
/** Every id a tray item can report when chosen. */
type TrayAction = ReminderAction | ShellAction;

export function isShellAction(id: string): id is ShellAction {
  return (SHELL_ACTIONS as readonly string[]).includes(id);
}

/** The "Pause reminders" item only opens its submenu; it is never an action itself. */
const PAUSE_SUBMENU = 'pause';
/** A greyed-out line that only informs (a night missed while away); never chosen. */
const NOTE = 'note';

function item(
  id: TrayAction | typeof PAUSE_SUBMENU | typeof NOTE,
  label: string,
  extra: { enabled?: boolean; submenu?: TrayMenuEntry[] } = {},
): TrayMenuEntry {
  return { kind: 'item', id, label, ...extra };
}

const SEPARATOR: TrayMenuEntry = { kind: 'separator' };

/** `locale` (displayLocale) names the weekday of a missed night; `words` are in the chosen language. */
export function trayMenu(state: ReminderSnapshot, words: MainMessages, locale: string): TrayMenuEntry[] {
  const reminderUp = state.status === 'due' || state.status === 'snoozed';
  const answer = reminderUp
    ? [
        item('snooze', words.traySnooze({ minutes: state.snoozeMinutes }), {
          enabled: state.snoozesLeft > 0,
        }),
        item('skip-tonight', words.traySkipTonight()),
      ]
    : [];
  const pauseOrResume =
    state.status === 'paused'
      ? item('resume', words.trayResume())
      : item(PAUSE_SUBMENU, words.trayPause(), {
          submenu: [
            item('pause-1h', words.trayPauseHour()),
            item('pause-morning', words.trayPauseMorning()),
            item('pause-indefinite', words.trayPauseIndefinite()),
          ],
        });
  const missed =
    state.missedNight === null
      ? []
      : [item(NOTE, missedText(state.missedNight, words, locale), { enabled: false })];
  return [
    ...missed,
    item('start-routine', words.trayStartRoutine()),
    ...answer,
    // Always offered: a morning can be logged late, and a second entry the same day replaces the first.
    item('log-morning', words.trayLogMorning()),
    pauseOrResume,
    SEPARATOR,
    item('open-history', words.trayHistory()),
    item('open-settings', words.traySettings()),
    item('quit', words.trayQuit()),
  ];
}

function trayTime(instant: number, timeZone: string, locale: string): string {
  return inZoneOrUtc((zone) => weekdayTime(instant, locale, zone), timeZone);
}

/** Times in the tooltip follow the regional format (`locale`): "Tue 10:30 PM" or "Tue 22:30". */
export function trayTooltip(
  state: ReminderSnapshot,
  timeZone: string,
  words: MainMessages,
  locale: string,
): string {
  if (state.status === 'due') return words.tooltipDue();
  if (state.status === 'paused') {
    return state.pausedUntil === null
      ? words.tooltipPausedIndefinite()
      : words.tooltipPausedUntil({ time: trayTime(state.pausedUntil, timeZone, locale) });
  }
  if (state.next) {
    const time = trayTime(state.next.at, timeZone, locale);
    return state.missedNight === null
      ? words.tooltipNext({ time })
      : words.tooltipMissedNext({ missed: missedText(state.missedNight, words, locale), time });
  }
  return words.tooltipNoBedtime();
}

export function trayIconState(state: ReminderSnapshot): TrayIconState {
  if (state.status === 'due') return 'due';
  return state.status === 'paused' ? 'paused' : 'waiting';
}

/** "You were away for Monday's reminder": the night is a calendar date, named the same anywhere. */
function missedText(night: string, words: MainMessages, locale: string): string {
  return words.trayMissed({ weekday: weekdayOfDate(night, locale) });
}
