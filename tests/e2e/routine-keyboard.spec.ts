import { expect, test } from './fixtures';

const NOW = '2026-03-10T21:30:00.000Z';

test.describe('routine: keyboard only', () => {
  test('Tab to Start, Space pauses and resumes, arrows move, Esc asks before ending', async ({ launch }) => {
    const { page } = await launch({ timeZone: 'UTC', now: NOW });
    await page.evaluate(() => window.unknot?.saveSettings({ routine: { preset: 'quick' } }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/quick routine/i);

    const start = page.getByTestId('routine-start');
    for (let i = 0; i < 10 && !(await start.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(start).toBeFocused();
    // Focus is visible: the theme's focus ring is drawn around the focused control.
    expect(await start.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');

    const step = page.getByTestId('routine-step');
    await expect(step).toHaveAttribute('data-step-index', '0');
    await expect(page.getByRole('heading', { level: 1, name: 'Chin tuck' })).toBeFocused();

    await page.keyboard.press('Space');
    await expect(step).toHaveAttribute('data-status', 'paused');
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(step).toHaveAttribute('data-status', 'running');

    await page.keyboard.press('ArrowRight');
    await expect(step).toHaveAttribute('data-step-index', '1');
    await page.keyboard.press('ArrowRight');
    await expect(step).toHaveAttribute('data-step-index', '2');
    await page.keyboard.press('ArrowLeft');
    await expect(step).toHaveAttribute('data-step-index', '1');

    // Esc opens the confirmation with the safe answer focused; Esc again closes it, nothing ends.
    const dialog = page.getByTestId('end-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(step).toHaveAttribute('data-step-index', '1');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'End routine' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('routine-summary')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Good night' })).toBeFocused();
    await expect(page.getByTestId('summary-skipped')).toHaveText('Chin tuck, Neck side bend');
  });
});
