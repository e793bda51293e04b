/**
 * Reaching Unknot without a tray (stock GNOME, some Wayland desktops): the launcher's action list
 * (Linux .desktop Actions, the Windows jump list, the macOS app menu) runs Unknot again with one
 * of these arguments, and the running instance opens that view. The ids are the tray's own, so
 * the launcher and the tray mean the same thing by each.
 */
import en from './locale/en/main';
import type { MainMessages } from './locale/main-messages';
import type { ShellAction } from './tray-menu';

export interface LaunchAction {
  readonly id: Extract<ShellAction, 'start-routine' | 'open-settings' | 'open-history' | 'log-morning'>;
  /** The command-line argument; also the .desktop action's key without the dashes. */
  readonly arg: `--${string}`;
  /** The Linux .desktop file's label: that file is static, so English (the catalog's source words). */
  readonly label: string;
}

export const LAUNCH_ACTIONS = [
  { id: 'start-routine', arg: '--start-routine', label: en.launchStartRoutine },
  { id: 'open-settings', arg: '--settings', label: en.launchSettings },
  { id: 'open-history', arg: '--history', label: en.launchHistory },
  { id: 'log-morning', arg: '--log-morning', label: en.launchLogMorning },
] as const satisfies readonly LaunchAction[];

export type LaunchActionId = (typeof LAUNCH_ACTIONS)[number]['id'];

/** An action as the Windows jump list and the macOS app menu show it, in the language setting. */
export interface LabelledLaunchAction {
  readonly id: LaunchActionId;
  readonly arg: LaunchAction['arg'];
  readonly label: string;
}

export function launchActionsIn(words: MainMessages): LabelledLaunchAction[] {
  const labels: Record<LaunchActionId, string> = {
    'start-routine': words.launchStartRoutine(),
    'open-settings': words.launchSettings(),
    'open-history': words.launchHistory(),
    'log-morning': words.launchLogMorning(),
  };
  return LAUNCH_ACTIONS.map(({ id, arg }) => ({ id, arg, label: labels[id] }));
}

/**
 * The action a launch asks for, or null for a plain launch. Electron's argv also holds the program,
 * the app path and Chromium's own switches, so only an exact match of our arguments counts.
 */
export function parseLaunchAction(argv: readonly string[]): LaunchActionId | null {
  for (const arg of argv) {
    const action = LAUNCH_ACTIONS.find((candidate) => candidate.arg === arg);
    if (action) return action.id;
  }
  return null;
}

/** The .desktop action key for an action: "start-routine" (letters, digits and dashes only). */
export function desktopActionKey(action: LaunchAction): string {
  return action.arg.slice(2);
}

/**
 * The URL scheme a Windows toast button starts Unknot again with (electron/notice-protocol.ts):
 * `unknot://start-routine`, `unknot://snooze`.
 */
export const LAUNCH_SCHEME = 'unknot';

/** What a notification's buttons ask for: the same ids as the tray's (start) and the reminders' (snooze). */
export const NOTICE_ACTIONS = ['start-routine', 'snooze'] as const;
export type NoticeActionId = (typeof NOTICE_ACTIONS)[number];

export function noticeActionUrl(id: NoticeActionId): string {
  return `${LAUNCH_SCHEME}://${id}`;
}

/** Whether a launch came through an unknot:// address at all (known or not). */
export function hasSchemeUrl(argv: readonly string[]): boolean {
  return argv.some((arg) => arg.toLowerCase().startsWith(`${LAUNCH_SCHEME}:`));
}

/** The notification button a launch came from, or null; only an exact URL counts (any page can open one). */
export function parseNoticeAction(argv: readonly string[]): NoticeActionId | null {
  for (const arg of argv) {
    const id = NOTICE_ACTIONS.find((candidate) => noticeActionUrl(candidate) === arg.replace(/\/$/, ''));
    if (id) return id;
  }
  return null;
}
