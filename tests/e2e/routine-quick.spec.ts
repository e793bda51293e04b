import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const NOW = '2026-03-10T21:30:00.000Z';

test.describe('routine: the Quick preset', () => {
  test('runs to the end on its own, shows the summary and writes the history line', async ({ launch }) => {
    const app = await launch({ timeZone: 'UTC', now: NOW });
    const { page } = app;
    await page.evaluate(() => window.unknot?.saveSettings({ routine: { preset: 'quick' } }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/quick routine/i);
    const steps = await page.evaluate(async () => {
      const result = await window.unknot?.getRoutinePlan();
      if (!result?.ok) throw new Error('no plan');
      return result.value.plan.steps.map((s) => ({ id: s.id, ms: s.durationSec * 1000 }));
    });
    expect(steps.map((s) => s.id)).toEqual([
      'chin-tuck',
      'neck-side-bend',
      'shoulder-rolls',
      'cross-body-arm',
      'seated-rounding',
      'paced-breathing',
    ]);

    await page.getByTestId('routine-start').click();
    const step = page.getByTestId('routine-step');
    for (const [index, { id, ms }] of steps.entries()) {
      await expect(step).toHaveAttribute('data-step-index', String(index));
      await expect(step).toHaveAttribute('data-step-id', id);
      await expect(page.getByTestId('step-position')).toHaveText(`Step ${index + 1} of ${steps.length}`);
      // Frames come every 16 ms, so look a little after the whole second.
      await page.clock.runFor(ms - 900);
      await expect(page.getByTestId('step-remaining')).toHaveText('0:01');
      await page.clock.runFor(900);
    }

    const summary = page.getByTestId('routine-summary');
    await expect(summary.getByRole('heading', { name: 'Good night' })).toBeVisible();
    await expect(page.getByTestId('record-status')).toHaveText('Saved to your history.');
    await expect(page.getByTestId('summary-done')).toHaveText(
      'Chin tuck, Neck side bend, Shoulder rolls, Cross-body arm stretch, Seated upper-back rounding, Slow breathing',
    );

    const lines = (await readFile(join(app.userDataDir, 'history.jsonl'), 'utf8')).trim().split('\n');
    const total = steps.reduce((sum, s) => sum + s.ms, 0);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      type: 'session',
      preset: 'quick',
      startedAt: NOW,
      endedAt: new Date(Date.parse(NOW) + total).toISOString(),
      night: '2026-03-10',
      stepsDone: steps.map((s) => s.id),
      stepsSkipped: [],
      completed: true,
    });
  });
});
