import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, expect, test } from './fixtures';
import { PROMPT_CLOSES_AFTER_MS } from '../../main/core/reminders/types';
import { invoke } from '../support/invoke';
import { seedSettings } from '../support/seed-settings';

// Tuesday 24 Nov 2026 in Berlin: the reminder is 22:00 local (21:00Z); one minute later it is due.
const DUE = '2026-11-24T21:01:00Z';
const AFTERNOON = '2026-11-24T12:00:00Z';
const ZONE = 'Europe/Berlin';

async function returningUser(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'unknot-prompt-e2e-'));
  await seedSettings(dir, (s) => {
    s.reminders.style = 'prompt';
  });
  return dir;
}

test.describe('the gentle prompt', () => {
  for (const [name, expectedOpened, status] of [
    ['Start now', ['routine'], 'waiting'],
    ['10 more minutes', [], 'snoozed'],
    ['Skip tonight', [], 'skipped'],
  ] as const) {
    test(`"${name}" works from the keyboard alone and closes the prompt`, async ({ launch }) => {
      const { page, main } = await launch({
        view: 'prompt',
        userDataDir: await returningUser(),
        now: DUE,
        timeZone: ZONE,
      });
      await expect(page.getByRole('heading', { name: 'Time to unwind' })).toBeVisible();
      await expect(page.getByText(/^Your \d+-minute routine is ready\.$/)).toBeVisible();
      const button = page.getByRole('button', { name });
      // Tab through the three answers in order until this one has focus.
      for (let i = 0; i < 3; i += 1) {
        await page.keyboard.press('Tab');
        if (await button.evaluate((el) => el === document.activeElement)) break;
      }
      await expect(button).toBeFocused();
      const closed = page.waitForEvent('close');
      // Enter activates a button on key down, and the answer closes the page before any key up.
      await page.keyboard.down('Enter');
      await closed;
      expect(main.shell.windows.opened.filter((v) => v !== 'prompt')).toEqual(expectedOpened);
      // The same persisted state as the tray's or a notification's answer.
      const state = await invoke(main.app, 'getReminderState');
      expect(state).toMatchObject({ ok: true, value: { status } });
    });
  }

  test('untouched, it closes itself after a few minutes and leaves the reminder due', async ({ launch }) => {
    const { page, main } = await launch({
      view: 'prompt',
      userDataDir: await returningUser(),
      now: DUE,
      timeZone: ZONE,
    });
    await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
    await page.clock.runFor(PROMPT_CLOSES_AFTER_MS - 5_000);
    // A key press counts as a touch and restarts the countdown.
    await page.keyboard.press('Tab');
    await page.clock.runFor(PROMPT_CLOSES_AFTER_MS - 5_000);
    await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
    const closed = page.waitForEvent('close');
    await page.clock.runFor(10_000);
    await closed;
    expect(await invoke(main.app, 'getReminderState')).toMatchObject({ ok: true, value: { status: 'due' } });
    expect(main.shell.tray.last()?.icon).toBe('due');
  });

  test('never shows a stale night: with nothing due it closes at once', async ({ launch }) => {
    const { page } = await launch({
      view: 'prompt',
      userDataDir: await returningUser(),
      now: AFTERNOON,
      timeZone: ZONE,
    });
    await page.waitForEvent('close');
  });

  for (const colorScheme of ['dark', 'light'] as const) {
    test(`axe finds no violations on the prompt (${colorScheme})`, async ({ launch }, testInfo) => {
      const { page } = await launch({
        view: 'prompt',
        userDataDir: await returningUser(),
        now: DUE,
        timeZone: ZONE,
      });
      await page.emulateMedia({ colorScheme });
      await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
      await page.clock.resume();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`prompt-${colorScheme}.png`) });
    });
  }
});
