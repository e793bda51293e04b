import { describe, expect, it } from 'vitest';
import { mainMessages } from '../../../../main/core/locale/main-messages';
import type { ReminderSnapshot } from '../../../../main/core/reminders/types';
import type { TrayMenuEntry } from '../../../../main/core/shell-ports';
import { trayIconState, trayMenu, trayTooltip } from '../../../../main/core/tray-menu';
import { TEST_LOCALE } from '../../../support/fake-shell';

/** The tests' default regional format: 24-hour, as the tray always was. */
const GB = TEST_LOCALE;

const EN = mainMessages('en');

const NEXT = {
  at: Date.parse('2026-06-02T20:00:00Z'),
  bedtime: Date.parse('2026-06-02T20:30:00Z'),
  night: '2026-06-02',
};

function snapshot(overrides: Partial<ReminderSnapshot>): ReminderSnapshot {
  return {
    status: 'waiting',
    next: NEXT,
    current: null,
    pausedUntil: null,
    snoozesLeft: 3,
    snoozeMinutes: 10,
    missedNight: null,
    ...overrides,
  };
}

function outline(entries: readonly TrayMenuEntry[]): unknown[] {
  return entries.map((e) =>
    e.kind === 'separator'
      ? '---'
      : {
          id: e.id,
          label: e.label,
          ...(e.enabled === false ? { enabled: false } : {}),
          ...(e.submenu ? { submenu: outline(e.submenu) } : {}),
        },
  );
}

const PAUSE_MENU = {
  id: 'pause',
  label: 'Pause reminders',
  submenu: [
    { id: 'pause-1h', label: 'For 1 hour' },
    { id: 'pause-morning', label: 'Until tomorrow morning' },
    { id: 'pause-indefinite', label: 'Until I resume' },
  ],
};
const LOG_MORNING = { id: 'log-morning', label: 'Log this morning…' };
const TAIL = [
  '---',
  { id: 'open-history', label: 'History…' },
  { id: 'open-settings', label: 'Settings…' },
  { id: 'quit', label: 'Quit' },
];

describe('trayMenu', () => {
  it.each(['waiting', 'skipped'] as const)(
    'while %s: start, log the morning, pause submenu, history, settings, quit',
    (status) => {
      expect(outline(trayMenu(snapshot({ status }), EN, GB))).toEqual([
        { id: 'start-routine', label: 'Start routine now' },
        LOG_MORNING,
        PAUSE_MENU,
        ...TAIL,
      ]);
    },
  );

  it.each(['due', 'snoozed'] as const)(
    'while %s: snooze (with the configured length) and skip appear',
    (status) => {
      expect(outline(trayMenu(snapshot({ status, snoozeMinutes: 25 }), EN, GB))).toEqual([
        { id: 'start-routine', label: 'Start routine now' },
        { id: 'snooze', label: 'Snooze 25 min' },
        { id: 'skip-tonight', label: 'Skip tonight' },
        LOG_MORNING,
        PAUSE_MENU,
        ...TAIL,
      ]);
    },
  );

  it('disables snooze when the night has none left', () => {
    const snooze = trayMenu(snapshot({ status: 'due', snoozesLeft: 0 }), EN, GB).find(
      (e) => e.kind === 'item' && e.id === 'snooze',
    );
    expect(snooze).toMatchObject({ enabled: false });
  });

  it('while paused: resume instead of the pause submenu', () => {
    expect(outline(trayMenu(snapshot({ status: 'paused', pausedUntil: null }), EN, GB))).toEqual([
      { id: 'start-routine', label: 'Start routine now' },
      LOG_MORNING,
      { id: 'resume', label: 'Resume reminders' },
      ...TAIL,
    ]);
  });
});

describe('a night missed while away', () => {
  it('heads the menu as a greyed-out note and leads the tooltip, until it is cleared', () => {
    const missed = snapshot({ missedNight: '2026-06-01' });
    expect(trayMenu(missed, EN, GB)[0]).toEqual({
      kind: 'item',
      id: 'note',
      label: "You were away for Monday's reminder",
      enabled: false,
    });
    expect(trayTooltip(missed, 'Europe/Berlin', EN, GB)).toBe(
      "Unknot — You were away for Monday's reminder · Next reminder: Tue 22:00",
    );
    expect(trayMenu(snapshot({}), EN, GB)[0]).toMatchObject({ id: 'start-routine' });
  });
});

describe('trayTooltip', () => {
  it('names the next reminder in the given zone, 24-hour, short weekday', () => {
    expect(trayTooltip(snapshot({}), 'Europe/Berlin', EN, GB)).toBe('Unknot — Next reminder: Tue 22:00');
    expect(trayTooltip(snapshot({}), 'America/New_York', EN, GB)).toBe('Unknot — Next reminder: Tue 16:00');
    expect(trayTooltip(snapshot({}), 'Asia/Kathmandu', EN, GB)).toBe('Unknot — Next reminder: Wed 01:45');
  });

  it('shows the end of a timed pause, or that it lasts until resumed', () => {
    const until = Date.parse('2026-06-03T04:00:00Z');
    expect(trayTooltip(snapshot({ status: 'paused', pausedUntil: until }), 'Europe/Berlin', EN, GB)).toBe(
      'Unknot — Paused until Wed 06:00',
    );
    expect(trayTooltip(snapshot({ status: 'paused', pausedUntil: null }), 'Europe/Berlin', EN, GB)).toBe(
      'Unknot — Paused until you resume',
    );
  });

  it('says it is time while due, and when nothing is scheduled', () => {
    expect(trayTooltip(snapshot({ status: 'due' }), 'Europe/Berlin', EN, GB)).toBe('Unknot — Time to unwind');
    expect(trayTooltip(snapshot({ next: null }), 'Europe/Berlin', EN, GB)).toBe('Unknot — No bedtime set');
  });

  it("writes times in the regional format's clock: 12-hour in en-US, 24-hour in de-DE", () => {
    // Intl may put a narrow no-break space before AM/PM; people read it as a space.
    const spaced = (text: string): string => text.replace(/\s/gu, ' ');
    expect(spaced(trayTooltip(snapshot({}), 'Europe/Berlin', EN, 'en-US'))).toBe(
      'Unknot — Next reminder: Tue 10:00 PM',
    );
    expect(trayTooltip(snapshot({}), 'Europe/Berlin', EN, 'de-DE')).toBe('Unknot — Next reminder: Di 22:00');
    const paused = snapshot({ status: 'paused', pausedUntil: Date.parse('2026-06-03T04:00:00Z') });
    expect(spaced(trayTooltip(paused, 'Europe/Berlin', EN, 'en-US'))).toBe(
      'Unknot — Paused until Wed 6:00 AM',
    );
  });

  it('falls back to UTC, labelled, for a zone it does not know', () => {
    expect(trayTooltip(snapshot({}), 'Nowhere/Special', EN, GB)).toBe(
      'Unknot — Next reminder: Tue 20:00 UTC',
    );
  });
});

describe('trayIconState', () => {
  it.each([
    ['waiting', 'waiting'],
    ['skipped', 'waiting'],
    ['snoozed', 'waiting'],
    ['due', 'due'],
    ['paused', 'paused'],
  ] as const)('%s -> %s', (status, icon) => {
    expect(trayIconState(snapshot({ status }))).toBe(icon);
  });
});
