import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedSettings } from '../support/seed-settings';
import { expect, test } from './fixtures';

test('a routine configuration the catalog cannot use falls back to the preset and says so', async ({
  launch,
}) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'unknot-fallback-'));
  // Valid as settings (the shape is right) but not as a routine: an unknown step, and a length
  // outside the chin tuck's own bounds. Such a file can come from an older or newer Unknot.
  await seedSettings(userDataDir, (s) => {
    s.routine.preset = 'quick';
    s.routine.steps = [
      { id: 'neck-roll', enabled: true, durationSec: 60 },
      { id: 'chin-tuck', enabled: true, durationSec: 1000 },
    ];
  });
  const { page } = await launch({ userDataDir });
  const start = page.getByTestId('routine-start');
  await expect(start).toBeVisible();
  const warnings = page.locator('.warnings li');
  await expect(warnings.filter({ hasText: 'neck-roll' })).toHaveCount(1);
  await expect(warnings.filter({ hasText: /chin tuck/i })).toHaveCount(1);
  const plan = await page.evaluate(async () => {
    const result = await window.unknot?.getRoutinePlan();
    return result?.ok ? result.value.plan.steps.map((s) => `${s.id}:${s.durationSec}`) : [];
  });
  // The preset's own length for the chin tuck, and no trace of the unknown step.
  expect(plan).toContain('chin-tuck:30');
  expect(plan.some((s) => s.startsWith('neck-roll'))).toBe(false);
});
