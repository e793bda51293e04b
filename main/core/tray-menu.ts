/**
 * The tray's menu, tooltip and icon as plain data derived from a reminder snapshot, so the
 * Electron tray adapter stays a dumb renderer and all of this is testable without Electron.
 */
import type { ReminderAction } from './reminders/actions';
import type { ReminderSnapshot } from './reminders/types';
import type { TrayIconState, TrayMenuEntry } from './shell-ports';
import { weekdayOfDate } from './locale/calendar';
import { weekdayTime } from './locale/clock';

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

/** `locale` (displayLocale) names the weekday of a missed night. */
export function trayMenu(state: ReminderSnapshot, locale: string): TrayMenuEntry[] {
  const reminderUp = state.status === 'due' || state.status === 'snoozed';
  const answer = reminderUp
    ? [
        item('snooze', `Snooze ${state.snoozeMinutes} min`, { enabled: state.snoozesLeft > 0 }),
        item('skip-tonight', 'Skip tonight'),
      ]
    : [];
  const pauseOrResume =
    state.status === 'paused'
      ? item('resume', 'Resume reminders')
      : item(PAUSE_SUBMENU, 'Pause reminders', {
          submenu: [
            item('pause-1h', 'For 1 hour'),
            item('pause-morning', 'Until tomorrow morning'),
            item('pause-indefinite', 'Until I resume'),
          ],
        });
  const missed =
    state.missedNight === null ? [] : [item(NOTE, missedText(state.missedNight, locale), { enabled: false })];
  return [
    ...missed,
    item('start-routine', 'Start routine now'),
    ...answer,
    // Always offered: a morning can be logged late, and a second entry the same day replaces the first.
    item('log-morning', 'Log this morning…'),
    pauseOrResume,
    SEPARATOR,
    item('open-history', 'History…'),
    item('open-settings', 'Settings…'),
    item('quit', 'Quit'),
  ];
}

/** An unknown zone must not break the tray; UTC, labelled as such, is at least not misleading. */
function trayTime(instant: number, timeZone: string, locale: string): string {
  try {
    return weekdayTime(instant, locale, timeZone);
  } catch {
    return `${weekdayTime(instant, locale, 'UTC')} UTC`;
  }
}

/** Times in the tooltip follow the regional format (`locale`): "Tue 10:30 PM" or "Tue 22:30". */
export function trayTooltip(state: ReminderSnapshot, timeZone: string, locale: string): string {
  if (state.status === 'due') return 'Unknot — Time to unwind';
  if (state.status === 'paused') {
    return state.pausedUntil === null
      ? 'Unknot — Paused until you resume'
      : `Unknot — Paused until ${trayTime(state.pausedUntil, timeZone, locale)}`;
  }
  const missed = state.missedNight === null ? '' : `${missedText(state.missedNight, locale)} · `;
  if (state.next) return `Unknot — ${missed}Next reminder: ${trayTime(state.next.at, timeZone, locale)}`;
  return 'Unknot — No bedtime set';
}

export function trayIconState(state: ReminderSnapshot): TrayIconState {
  if (state.status === 'due') return 'due';
  return state.status === 'paused' ? 'paused' : 'waiting';
}

/** "You were away for Monday's reminder": the night is a calendar date, named the same anywhere. */
function missedText(night: string, locale: string): string {
  return `You were away for ${weekdayOfDate(night, locale)}'s reminder`;
}
