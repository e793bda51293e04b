import { describe, expect, it } from 'vitest';
import {
  desktopActionKey,
  LAUNCH_ACTIONS,
  noticeActionUrl,
  parseLaunchAction,
  parseNoticeAction,
} from '../../../../main/core/launch-actions';
import { SHELL_ACTIONS } from '../../../../main/core/tray-menu';

describe('launch actions', () => {
  it('offer the routine, Settings, History and the morning log, each a tray action too', () => {
    expect(LAUNCH_ACTIONS.map((a) => a.label)).toEqual([
      'Start routine',
      'Settings',
      'History',
      'Log this morning',
    ]);
    for (const action of LAUNCH_ACTIONS) expect(SHELL_ACTIONS).toContain(action.id);
    for (const action of LAUNCH_ACTIONS) expect(desktopActionKey(action)).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it.each([
    [['/opt/Unknot/unknot', '--start-routine'], 'start-routine'],
    [['/opt/Unknot/unknot', '--no-sandbox', '--settings'], 'open-settings'],
    [['C:\\Unknot\\Unknot.exe', '--history'], 'open-history'],
    [['electron', '/home/me/unknot', '--allow-file-access-from-files', '--log-morning'], 'log-morning'],
  ] as const)('reads the action from a second instance argv %j', (argv, expected) => {
    expect(parseLaunchAction(argv)).toBe(expected);
  });

  it.each([
    [[]],
    [['/opt/Unknot/unknot']],
    [['/opt/Unknot/unknot', '--settings=1']],
    [['/opt/Unknot/unknot', 'settings', '--SETTINGS', '--start']],
    [['/opt/Unknot/unknot', '/tmp/--history']],
  ])('a plain launch or a near miss is no action: %j', (argv) => {
    expect(parseLaunchAction(argv)).toBeNull();
  });

  it.each([
    [['C:\\Unknot\\Unknot.exe', 'unknot://snooze'], 'snooze'],
    [['C:\\Unknot\\Unknot.exe', 'unknot://start-routine/'], 'start-routine'],
    [['unknot://start-routine'], 'start-routine'],
  ] as const)('reads a notification button from its URL %j', (argv, expected) => {
    expect(parseNoticeAction(argv)).toBe(expected);
    expect(noticeActionUrl(expected)).toMatch(/^unknot:\/\/[a-z-]+$/);
  });

  it.each([
    [['unknot://pause-indefinite']],
    [['unknot://snooze?x=1']],
    [['https://unknot.app/snooze']],
    [['unknot://SNOOZE']],
    [['--snooze']],
  ])('any other URL is no button (a web page can open unknot:// links): %j', (argv) => {
    expect(parseNoticeAction(argv)).toBeNull();
  });
});
