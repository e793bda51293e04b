import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const NOW = '2026-03-10T21:30:00.000Z';

test.describe('routine: saving to history', () => {
  test('a failed save is said plainly, the summary stays, and Retry writes the line', async ({ launch }) => {
    const app = await launch({ timeZone: 'UTC', now: NOW });
    const { page } = app;
    await page.evaluate(() => window.unknot?.saveSettings({ routine: { preset: 'quick' } }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/quick routine/i);

    // A directory where the history file should be: every append fails, even for root.
    const historyPath = join(app.userDataDir, 'history.jsonl');
    await mkdir(historyPath);

    await page.getByTestId('routine-start').click();
    await page.clock.runFor(30_000);
    await expect(page.getByTestId('routine-step')).toHaveAttribute('data-step-id', 'neck-side-bend');
    await page.keyboard.press('Escape');
    await page.getByTestId('end-confirm').click();

    const summary = page.getByTestId('routine-summary');
    await expect(summary.getByRole('alert')).toContainText('could not be saved to your history');
    await expect(page.getByTestId('summary-done')).toHaveText('Chin tuck');

    await rm(historyPath, { recursive: true });
    await page.getByTestId('record-retry').click();
    await expect(page.getByTestId('record-status')).toHaveText('Saved to your history.');
    await expect(summary.getByRole('alert')).toHaveCount(0);

    const lines = (await readFile(historyPath, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      type: 'session',
      preset: 'quick',
      stepsDone: ['chin-tuck'],
      stepsSkipped: [],
      completed: false,
      startedAt: NOW,
      endedAt: new Date(Date.parse(NOW) + 30_000).toISOString(),
    });
  });
});
