import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { seedSettings } from '../support/seed-settings';
import { OWN_EXERCISE_MESSAGES as M } from '../../main/core/routine/own-exercise';
import { OWN_STEP_LABEL } from '../../main/core/routine/own-step';
import { PACK_MESSAGES } from '../../main/core/routine/exercise-pack';
import { SIDE_WORDS } from '../../main/core/routine/figure';
import { ILLUSTRATIONS } from '../../main/core/routine/poses';

/** The picture chosen for the doorway lean: the rig's doorway opener, named by what it shows. */
const DOORWAY_PICTURE = ILLUSTRATIONS['doorway-opener']?.alt ?? 'missing pose';

async function quickRoutineUser(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'unknot-own-e2e-'));
  await seedSettings(dir, (settings) => {
    settings.routine.preset = 'quick';
  });
  return dir;
}

/** Fills and saves the form for a two-sided exercise. */
async function addDoorwayLean(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add your own exercise…' }).click();
  const form = page.getByRole('dialog', { name: 'Add your own exercise' });
  await form.getByLabel('Title').fill('Doorway lean');
  await form.getByLabel('Cue 1', { exact: true }).fill('Rest one forearm on the door frame.');
  await form.getByLabel('Cue 2 (optional)').fill('Lean gently through the doorway.');
  await form.getByLabel('Each side in turn, switching half way').check();
  await form.getByLabel('Switch cue, said half way').fill('Switch sides: step back, then use the other arm.');
  await form.getByLabel('Body area').selectOption({ label: 'Shoulders' });
  await form.getByLabel('Length in seconds').fill('60');
  const picture = form.getByRole('group', { name: 'Picture' });
  await expect(picture.getByRole('radio', { name: 'None' })).toBeChecked();
  // Keyboard only: into the group, then the arrow keys down the list to the doorway picture.
  await picture.getByRole('radio', { name: 'None' }).focus();
  const doorway = picture.getByRole('radio', { name: DOORWAY_PICTURE });
  for (let i = 0; i < 20 && !(await doorway.isChecked()); i += 1) await page.keyboard.press('ArrowDown');
  await expect(doorway).toBeChecked();
  await expect(doorway).toBeFocused();
  await form.getByRole('button', { name: 'Save exercise' }).click();
  await expect(form).toBeHidden();
}

const row = (page: Page, id: string) => page.locator(`li[data-step-id="${id}"]`);

test.describe('your own exercises', () => {
  test('added in settings, played with its own label, exported, deleted and imported back', async ({
    launch,
  }, testInfo) => {
    const userDataDir = await quickRoutineUser();
    const { page, main, openView } = await launch({ view: 'settings', userDataDir });
    // Quick, with the default 3 minutes of breathing.
    await expect(page.getByTestId('routine-total')).toHaveText('Total: 6 min 30 s');

    // The form's own checks come from main, next to the field, and nothing is saved.
    await page.getByRole('button', { name: 'Add your own exercise…' }).click();
    const form = page.getByRole('dialog', { name: 'Add your own exercise' });
    await form.getByLabel('Title').fill('Doorway lean');
    await form.getByLabel('Length in seconds').fill('500');
    await form.getByRole('button', { name: 'Save exercise' }).click();
    // Each field's own rule first; the rule between sides and length once the fields are right.
    const cue = form.getByLabel('Cue 1', { exact: true });
    await expect(cue).toHaveAttribute('aria-invalid', 'true');
    await expect(cue).toHaveAccessibleDescription(M.cues);
    await cue.fill('Rest one forearm on the door frame.');
    await form.getByRole('button', { name: 'Save exercise' }).click();
    await expect(form.getByLabel('Length in seconds')).toHaveAccessibleDescription(
      new RegExp(M.duration(false)),
    );
    await expect(cue).not.toHaveAttribute('aria-invalid', 'true');
    await form.getByRole('button', { name: 'Cancel' }).click();
    expect(
      JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8')).routine.ownSteps ?? [],
    ).toEqual([]);

    await addDoorwayLean(page);
    const mine = row(page, 'my-doorway-lean');
    await expect(mine).toContainText(OWN_STEP_LABEL);
    await expect(mine.getByTestId('figure-thumb')).toBeVisible();
    await expect(page.getByTestId('routine-total')).toHaveText('Total: 7 min 30 s');
    await page.screenshot({ path: testInfo.outputPath('own-exercise-settings.png'), fullPage: true });

    // In the routine: on the start screen and on its own step, labelled as yours.
    const routine = await openView('routine');
    const listed = routine.locator('.steps li').filter({ hasText: 'Doorway lean' });
    await expect(listed).toContainText(OWN_STEP_LABEL);
    await expect(listed.getByTestId('figure-thumb')).toBeVisible();
    await routine.getByTestId('routine-start').click();
    const step = routine.getByTestId('routine-step');
    for (let i = 0; i < 10 && (await step.getAttribute('data-step-id')) !== 'my-doorway-lean'; i += 1) {
      await routine.keyboard.press('ArrowRight');
    }
    await expect(step).toHaveAttribute('data-step-id', 'my-doorway-lean');
    await expect(routine.getByRole('heading', { level: 1, name: 'Doorway lean' })).toBeVisible();
    await expect(routine.getByTestId('own-label')).toHaveText(OWN_STEP_LABEL);
    await expect(routine.getByTestId('side-cue')).toHaveText('First side');
    await expect(step).toContainText('Rest one forearm on the door frame.');
    await expect(step).not.toContainText('From the article');
    // The chosen picture, described in words, on its first side.
    const picture = routine.getByTestId('figure');
    await expect(picture.getByRole('img')).toHaveAccessibleName(`${DOORWAY_PICTURE} ${SIDE_WORDS.first}.`);
    await expect(routine.getByTestId('figure-side')).toHaveText(SIDE_WORDS.first);
    expect(await axeViolations(routine)).toEqual([]);
    await routine.screenshot({ path: testInfo.outputPath('own-exercise-step.png') });
    await testInfo.attach('own exercise step', {
      path: testInfo.outputPath('own-exercise-step.png'),
      contentType: 'image/png',
    });
    await routine.close();

    // Export: through the save dialog, as a pack file.
    await page.getByRole('button', { name: 'Export your exercises…' }).click();
    await expect(page.getByTestId('own-message')).toHaveText(
      /Saved your exercises to \/exports\/unknot-exercises-.*\.json/,
    );
    const exported = main.shell.desktop.saved.at(-1);
    expect(JSON.parse(exported?.text ?? '{}')).toMatchObject({
      format: 'unknot-exercise-pack',
      exercises: [{ title: 'Doorway lean', poseId: 'doorway-opener' }],
    });

    // Delete, after asking.
    await mine.getByRole('button', { name: 'Delete Doorway lean' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Doorway lean?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(mine).toHaveCount(0);
    await expect(page.getByTestId('routine-total')).toHaveText('Total: 6 min 30 s');

    // Import it back: the preview says what will be added before anything is.
    main.shell.desktop.nextOpen = { path: '/home/me/unknot-exercises.json', text: exported?.text ?? '' };
    await page.getByRole('button', { name: 'Import exercises…' }).click();
    const preview = page.getByRole('dialog', { name: 'Import exercises?' });
    await expect(preview.getByTestId('import-add')).toHaveText('Doorway lean');
    await expect(mine).toHaveCount(0);
    await preview.getByRole('button', { name: 'Add 1 exercise' }).click();
    await expect(mine).toContainText(OWN_STEP_LABEL);
    await expect(page.getByTestId('own-message')).toHaveText('Added "Doorway lean".');
    await mine.getByRole('button', { name: 'Edit Doorway lean' }).click();
    const reopened = page.getByRole('dialog', { name: 'Edit Doorway lean' });
    await expect(reopened.getByRole('radio', { name: DOORWAY_PICTURE })).toBeChecked();
    await reopened.getByRole('button', { name: 'Cancel' }).click();

    // The same pack again adds nothing.
    await page.getByRole('button', { name: 'Import exercises…' }).click();
    await expect(page.getByTestId('own-message')).toHaveText(
      PACK_MESSAGES.nothingNew('unknot-exercises.json'),
    );
    await expect(page.locator('li[data-step-id^="my-"]')).toHaveCount(1);
  });

  test('a hostile pack is refused with a message and nothing changes', async ({ launch }) => {
    const userDataDir = await quickRoutineUser();
    const { page, main } = await launch({ view: 'settings', userDataDir });
    await addDoorwayLean(page);
    const before = await readFile(join(userDataDir, 'settings.json'), 'utf8');
    const valid = {
      title: 'Wall angel',
      cues: ['Slide your arms up the wall.'],
      twoSided: false,
      switchCue: null,
      bodyArea: 'upper-back',
      durationSec: 45,
      poseId: null,
    };
    const packs: Array<[string, string]> = [
      [
        JSON.stringify({
          format: 'unknot-exercise-pack',
          version: 1,
          exercises: [{ ...valid, title: 'x'.repeat(20_000) }],
        }),
        M.title,
      ],
      [
        JSON.stringify({
          format: 'unknot-exercise-pack',
          version: 1,
          exercises: [{ ...valid, onload: 'alert(1)' }],
        }),
        M.unknownKey('onload'),
      ],
      [
        JSON.stringify({ format: 'unknot-exercise-pack', version: 1, exercises: [valid] }).replace(
          '{"title"',
          '{"__proto__":{"polluted":true},"title"',
        ),
        M.unknownKey('__proto__'),
      ],
      [
        JSON.stringify({
          format: 'unknot-exercise-pack',
          version: 1,
          exercises: [{ ...valid, durationSec: '45', twoSided: 1 }],
        }),
        M.twoSided,
      ],
      [
        JSON.stringify({
          format: 'unknot-exercise-pack',
          version: 1,
          exercises: [{ ...valid, poseId: 'handstand' }],
        }),
        `exercise 1, poseId: ${M.poseId}`,
      ],
      ['x'.repeat(100_000), PACK_MESSAGES.tooLarge],
    ];
    for (const [text, expected] of packs) {
      main.shell.desktop.nextOpen = { path: '/tmp/pack.json', text };
      await page.getByRole('button', { name: 'Import exercises…' }).click();
      await expect(page.getByTestId('own-message')).toContainText(expected);
      await expect(page.getByTestId('own-message')).toContainText('Nothing was imported.');
      await expect(page.getByRole('dialog', { name: 'Import exercises?' })).toBeHidden();
    }
    // A good pack, previewed and then declined, adds nothing either.
    const good = JSON.stringify({ format: 'unknot-exercise-pack', version: 1, exercises: [valid] });
    main.shell.desktop.nextOpen = { path: '/tmp/good.json', text: good };
    await page.getByRole('button', { name: 'Import exercises…' }).click();
    const preview = page.getByRole('dialog', { name: 'Import exercises?' });
    await expect(preview.getByTestId('import-add')).toHaveText('Wall angel');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toBeHidden();
    await expect(page.getByTestId('own-message')).toHaveText('Import cancelled: nothing was added.');
    // And a delete that is asked about and declined deletes nothing.
    await page.getByRole('button', { name: 'Delete Doorway lean' }).click();
    await page
      .getByRole('dialog', { name: 'Delete Doorway lean?' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    expect(await readFile(join(userDataDir, 'settings.json'), 'utf8')).toBe(before);
    await expect(page.locator('li[data-step-id^="my-"]')).toHaveCount(1);
  });

  test('its picture plays like a catalog step: moving, mirrored at half time, still with reduced motion', async ({
    launch,
  }) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'unknot-own-e2e-'));
    await seedSettings(userDataDir, (settings) => {
      settings.routine.preset = 'quick';
      settings.routine.ownSteps = [
        {
          id: 'my-doorway-lean',
          exercise: {
            title: 'Doorway lean',
            cues: ['Rest one forearm on the door frame.'],
            twoSided: true,
            switchCue: 'Switch sides: step back, then use the other arm.',
            bodyArea: 'shoulders',
            durationSec: 60,
            poseId: 'doorway-opener',
          },
        },
      ];
      settings.routine.steps = [{ id: 'my-doorway-lean', enabled: true, durationSec: 60 }];
    });
    const { page } = await launch({ userDataDir, timeZone: 'UTC', now: '2026-03-10T21:30:00.000Z' });
    await page.getByTestId('routine-start').click();
    const step = page.getByTestId('routine-step');
    for (let i = 0; i < 10 && (await step.getAttribute('data-step-id')) !== 'my-doorway-lean'; i += 1) {
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect(step).toHaveAttribute('data-step-id', 'my-doorway-lean');
    await expect(page.getByTestId('own-label')).toHaveText(OWN_STEP_LABEL);
    const figure = page.getByTestId('figure');
    const svg = figure.locator('svg');

    await page.clock.runFor(1_000);
    const early = await svg.innerHTML();
    await page.clock.runFor(2_000);
    expect(await svg.innerHTML(), 'the figure moves with the step clock').not.toBe(early);

    // Reduced motion from the start of the routine (as the catalog's figure spec does): a still
    // key pose with an arrow of the movement.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await page.getByTestId('routine-start').click();
    for (let i = 0; i < 10 && (await step.getAttribute('data-step-id')) !== 'my-doorway-lean'; i += 1) {
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect(step).toHaveAttribute('data-step-id', 'my-doorway-lean');
    await page.clock.runFor(1_000);
    await expect(figure.locator('path.arrow').first()).toBeVisible();
    const still = await svg.innerHTML();
    await page.clock.runFor(3_000);
    expect(await svg.innerHTML(), 'with reduced motion the figure holds still').toBe(still);

    await page.clock.runFor(30_000);
    await expect(figure).toHaveAttribute('data-side', 'second');
    await expect(figure.getByRole('img')).toHaveAccessibleName(`${DOORWAY_PICTURE} ${SIDE_WORDS.second}.`);
    expect(await svg.innerHTML(), 'the second side is the mirror image').not.toBe(still);
  });

  for (const colorScheme of ['dark', 'light'] as const) {
    test(`axe finds no violations on the exercise editor (${colorScheme})`, async ({ launch }, testInfo) => {
      const { page } = await launch({ view: 'settings', userDataDir: await quickRoutineUser() });
      await page.emulateMedia({ colorScheme });
      await addDoorwayLean(page);
      await expect(row(page, 'my-doorway-lean')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await row(page, 'my-doorway-lean').getByRole('button', { name: 'Edit Doorway lean' }).click();
      const form = page.getByRole('dialog', { name: 'Edit Doorway lean' });
      await expect(form.getByLabel('Title')).toHaveValue('Doorway lean');
      await form.getByLabel('Switch cue, said half way').fill('');
      await form.getByRole('button', { name: 'Save exercise' }).click();
      await expect(form.getByLabel('Switch cue, said half way')).toHaveAttribute('aria-invalid', 'true');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`own-exercise-form-${colorScheme}.png`) });
    });
  }
});
