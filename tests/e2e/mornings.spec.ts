import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_RECORD_VERSION, serializeHistoryRecord } from '../../main/core/history/records';
import { addDays } from '../../main/core/history/local-date';
import { checkinLine, sessionLine, writeHistoryLines } from '../support/history-fixture';
import { seedSettings } from '../support/seed-settings';
import { axeViolations, expect, test } from './fixtures';

// Tuesday 24 Nov 2026, 08:30 in Berlin.
const NOW = '2026-11-24T07:30:00Z';
const ZONE = 'Europe/Berlin';
const TODAY = '2026-11-24';

async function profile(lines: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'unknot-mornings-e2e-'));
  await seedSettings(dir);
  await writeHistoryLines(dir, lines);
  return dir;
}

/** Last night: a Quick routine with heat, as the routine player records it. */
const lastNight = serializeHistoryRecord({
  v: HISTORY_RECORD_VERSION,
  type: 'session',
  startedAt: '2026-11-23T21:30:00.000Z',
  endedAt: '2026-11-23T21:36:00.000Z',
  night: '2026-11-23',
  preset: 'quick',
  stepsDone: ['chin-tuck', 'neck-side-bend'],
  stepsSkipped: [],
  completed: true,
  heatCold: 'heat',
});

test.describe('the morning check-in with quick factors', () => {
  test('log a morning with factors; last night comes from the history, never asked', async ({ launch }) => {
    // A version-1 line from before the factors existed still loads alongside.
    const old = checkinLine('2026-11-22', 6).replace(`"v":${HISTORY_RECORD_VERSION}`, '"v":1');
    const userDataDir = await profile([old, lastNight]);
    const app = await launch({ view: 'checkin', now: NOW, timeZone: ZONE, userDataDir });
    const { page } = app;
    await expect(page.getByTestId('history-ready')).toBeVisible();
    await expect(page.getByTestId('history-skipped')).toHaveCount(0);
    await expect(page.getByTestId('checkin-last-night')).toHaveText(
      'Last night: the Quick routine, with heat.',
    );
    // Nothing in the form asks about the routine or heat and cold.
    const form = page.getByTestId('checkin-form');
    await expect(form.getByRole('group')).toHaveText([
      /How does your upper back feel/,
      /How you slept/,
      /Pillow/,
      /Heavy lifting or sport yesterday/,
      /Stress yesterday/,
    ]);

    await form.getByTestId('rating-morning').getByRole('radio', { name: '4', exact: true }).check();
    // One tap each; stress is left unanswered.
    await form
      .getByRole('group', { name: /How you slept/ })
      .getByText('On your side')
      .click();
    await form
      .getByRole('group', { name: /Pillow/ })
      .getByText('Different')
      .click();
    await form
      .getByRole('group', { name: /Heavy lifting/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('checkin-status')).toHaveText('Saved for Tue 24 Nov.');

    const lines = (await readFile(join(userDataDir, 'history.jsonl'), 'utf8')).trim().split('\n');
    expect(JSON.parse(lines.at(-1) ?? '')).toEqual({
      v: HISTORY_RECORD_VERSION,
      type: 'checkin',
      at: '2026-11-24T07:30:00.000Z',
      localDate: TODAY,
      soreness: 4,
      sleptOn: 'side',
      pillow: 'different',
      lifting: 'yes',
    });

    // Reopened, the form shows what was logged; changing one factor keeps the others.
    await page.reload();
    const slept = page.getByRole('group', { name: /How you slept/ });
    await expect(slept.getByRole('radio', { name: 'On your side' })).toBeChecked();
    await expect(
      page.getByRole('group', { name: /Stress/ }).getByRole('radio', { checked: true }),
    ).toHaveCount(0);
    await page
      .getByRole('group', { name: /Stress/ })
      .getByText('High')
      .click();
    await page.getByRole('button', { name: 'Update this morning' }).click();
    await expect(page.getByTestId('checkin-status')).toHaveText('Saved for Tue 24 Nov.');
    const updated = (await readFile(join(userDataDir, 'history.jsonl'), 'utf8')).trim().split('\n');
    expect(JSON.parse(updated.at(-1) ?? '')).toMatchObject({
      soreness: 4,
      sleptOn: 'side',
      pillow: 'different',
      lifting: 'yes',
      stress: 'high',
    });

    await page.clock.resume();
    expect(await axeViolations(page)).toEqual([]);
  });
});

/**
 * Eight weeks of mornings with factors: on the back every other morning (1 point less sore than
 * on the side), a routine most nights (1 less), a high-stress day every fifth (2 more), lifting
 * or sport every seventh (no change), the pillow always the usual one.
 */
function eightWeeks(): string[] {
  const lines: string[] = [];
  for (let k = 55; k >= 1; k -= 1) {
    const date = addDays(TODAY, -k);
    const routine = k % 3 !== 0;
    const back = k % 2 === 0;
    const high = k % 5 === 0;
    if (routine) lines.push(sessionLine(addDays(date, -1)));
    const soreness = 4 + (back ? -1 : 1) + (routine ? -1 : 0) + (high ? 2 : 0);
    lines.push(
      serializeHistoryRecord({
        v: HISTORY_RECORD_VERSION,
        type: 'checkin',
        at: `${date}T07:30:00.000Z`,
        localDate: date,
        soreness,
        sleptOn: back ? 'back' : 'side',
        pillow: 'usual',
        lifting: k % 7 === 0 ? 'yes' : 'no',
        stress: high ? 'high' : 'low',
      }),
    );
  }
  return lines;
}

test.describe('what seems to help', () => {
  test('after 8 weeks of mornings the help lines show, largest difference first', async ({
    launch,
  }, testInfo) => {
    const userDataDir = await profile(eightWeeks());
    const { page } = await launch({ view: 'history', now: NOW, timeZone: ZONE, userDataDir });
    const helps = page.getByRole('region', { name: 'What seems to help' });
    // Ties (2.0) keep the fixed order; the pillow, always the usual one, is never compared.
    await expect(helps.getByRole('listitem')).toHaveText([
      'Mornings after sleeping on your back averaged 2.0 lower (27 vs 28 mornings).',
      'Mornings after sleeping on your side averaged 2.0 higher (28 vs 27 mornings).',
      'Mornings after a day of high stress averaged 2.0 higher (11 vs 44 mornings).',
      'Mornings after a day of low stress averaged 2.0 lower (44 vs 11 mornings).',
      'Mornings after a routine averaged 0.9 lower (37 vs 18 mornings).',
      'Mornings after a day with heavy lifting or sport averaged about the same (7 vs 48 mornings).',
    ]);
    await expect(helps.getByText(/associations in your own log, not causes/)).toHaveCount(1);
    await expect(page.getByTestId('help-needed')).toHaveCount(0);
    await helps.getByText('How these lines are worked out').click();
    await expect(page.getByTestId('help-rules')).toContainText('at least 5 mornings with it and 5 without');
    await helps.screenshot({ path: testInfo.outputPath('what-helps.png') });
    await testInfo.attach('what-helps', {
      path: testInfo.outputPath('what-helps.png'),
      contentType: 'image/png',
    });
    await page.clock.resume();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('hidden until the data suffice, saying how many more mornings are needed', async ({ launch }) => {
    const few = eightWeeks().slice(-12); // the last few days only
    const userDataDir = await profile(few);
    const { page } = await launch({ view: 'history', now: NOW, timeZone: ZONE, userDataDir });
    const helps = page.getByRole('region', { name: 'What seems to help' });
    await expect(page.getByTestId('help-needed')).toHaveText(
      'Nothing to show yet: at least 3 more mornings are needed (5 with a habit and 5 without, in the last 8 weeks).',
    );
    await expect(page.getByTestId('help-lines')).toHaveCount(0);
    await expect(helps.getByText(/not causes/)).toHaveCount(0);
  });
});

test.describe('the morning loosen-up', () => {
  test('offered after a check-in at 4/10, not at 3/10; it runs and is recorded', async ({ launch }) => {
    const userDataDir = await profile([]);
    const app = await launch({ view: 'checkin', now: NOW, timeZone: ZONE, userDataDir });
    const { page } = app;
    const scale = page.getByTestId('rating-morning');
    await scale.getByRole('radio', { name: '3', exact: true }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('checkin-status')).toHaveText('Saved for Tue 24 Nov.');
    await expect(page.getByTestId('loosen-up')).toHaveCount(0);

    await scale.getByRole('radio', { name: '4', exact: true }).check();
    await page.getByRole('button', { name: 'Update this morning' }).click();
    const offer = page.getByRole('region', { name: 'Morning loosen-up' });
    await expect(offer).toContainText('About 3 minutes: gentle neck and shoulder stretches');
    // One button, and the app raised no notification for it.
    await expect(offer.getByRole('button')).toHaveCount(1);
    expect(
      app.main.shell.notifier.shown.filter((n) => /loosen|morning routine/i.test(JSON.stringify(n))),
    ).toEqual([]);

    await offer.getByRole('button', { name: 'Start the 3-minute morning loosen-up' }).click();
    await expect(page.getByTestId('history')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/morning routine/i);
    await expect(page.getByTestId('routine-total')).toHaveText('4 steps · 3 min');
    await expect(page.getByText("This morning's loosen-up", { exact: true })).toBeVisible();
    await page.getByTestId('routine-start').click();
    const step = page.getByTestId('routine-step');
    const steps = [
      ['chin-tuck', 30_000],
      ['neck-side-bend', 60_000],
      ['shoulder-rolls', 30_000],
      ['cross-body-arm', 60_000],
    ] as const;
    for (const [index, [id, ms]] of steps.entries()) {
      await expect(step).toHaveAttribute('data-step-index', String(index));
      await expect(step).toHaveAttribute('data-step-id', id);
      await page.clock.runFor(ms - 900);
      await expect(page.getByTestId('step-remaining')).toHaveText('0:01');
      await page.clock.runFor(900);
    }
    const summary = page.getByTestId('routine-summary');
    await expect(summary.getByRole('heading', { name: 'Good morning' })).toBeVisible();
    await expect(page.getByTestId('record-status')).toHaveText('Saved to your history.');
    const last = (await readFile(join(userDataDir, 'history.jsonl'), 'utf8')).trim().split('\n').at(-1);
    expect(JSON.parse(last ?? '')).toMatchObject({
      type: 'session',
      preset: 'morning',
      stepsDone: steps.map(([id]) => id),
      completed: true,
    });

    // Close goes back to the history, which does not count it as a routine night.
    await page.getByTestId('routine-close').click();
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeFocused();
    await expect(page.getByTestId('checkin-last-night')).toHaveText('Last night: no routine recorded.');
    await expect(page.getByTestId('night-strip')).toHaveAccessibleName(
      'A routine on 0 nights of the last 56.',
    );
  });
});
