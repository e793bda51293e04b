/**
 * The tray's menu, tooltip and icon as plain data derived from a reminder snapshot, so the
 * Electron tray adapter stays a dumb renderer and all of this is testable without Electron.
 */
import type { ReminderSnapshot } from './reminders/types';
import type { TrayIconState, TrayMenuEntry } from './shell-ports';
import { weekdayTime } from './weekday-time';

/** Menu item ids, which the app maps to engine calls and windows. */
export const TRAY_ACTIONS = {
  startRoutine: 'start-routine',
  snooze: 'snooze',
  skipTonight: 'skip-tonight',
  pause: 'pause',
  pause1h: 'pause-1h',
  pauseMorning: 'pause-morning',
  pauseIndefinite: 'pause-indefinite',
  resume: 'resume',
  logMorning: 'log-morning',
  history: 'open-history',
  settings: 'open-settings',
  quit: 'quit',
} as const;

const A = TRAY_ACTIONS;

function item(
  id: string,
  label: string,
  extra: { enabled?: boolean; submenu?: TrayMenuEntry[] } = {},
): TrayMenuEntry {
  return { kind: 'item', id, label, ...extra };
}

const SEPARATOR: TrayMenuEntry = { kind: 'separator' };

export function trayMenu(state: ReminderSnapshot): TrayMenuEntry[] {
  const reminderUp = state.status === 'due' || state.status === 'snoozed';
  const answer = reminderUp
    ? [
        item(A.snooze, `Snooze ${state.snoozeMinutes} min`, { enabled: state.snoozesLeft > 0 }),
        item(A.skipTonight, 'Skip tonight'),
      ]
    : [];
  const pauseOrResume =
    state.status === 'paused'
      ? item(A.resume, 'Resume reminders')
      : item(A.pause, 'Pause reminders', {
          submenu: [
            item(A.pause1h, 'For 1 hour'),
            item(A.pauseMorning, 'Until tomorrow morning'),
            item(A.pauseIndefinite, 'Until I resume'),
          ],
        });
  return [
    item(A.startRoutine, 'Start routine now'),
    ...answer,
    // Always offered: a morning can be logged late, and a second entry the same day replaces the first.
    item(A.logMorning, 'Log this morning…'),
    pauseOrResume,
    SEPARATOR,
    item(A.history, 'History…'),
    item(A.settings, 'Settings…'),
    item(A.quit, 'Quit'),
  ];
}

/** An unknown zone must not break the tray; UTC, labelled as such, is at least not misleading. */
function trayTime(instant: number, timeZone: string): string {
  try {
    return weekdayTime(instant, timeZone);
  } catch {
    return `${weekdayTime(instant, 'UTC')} UTC`;
  }
}

export function trayTooltip(state: ReminderSnapshot, timeZone: string): string {
  if (state.status === 'due') return 'Unknot — Time to unwind';
  if (state.status === 'paused') {
    return state.pausedUntil === null
      ? 'Unknot — Paused until you resume'
      : `Unknot — Paused until ${trayTime(state.pausedUntil, timeZone)}`;
  }
  if (state.next) return `Unknot — Next reminder: ${trayTime(state.next.at, timeZone)}`;
  return 'Unknot — No bedtime set';
}

export function trayIconState(state: ReminderSnapshot): TrayIconState {
  if (state.status === 'due') return 'due';
  return state.status === 'paused' ? 'paused' : 'waiting';
}
