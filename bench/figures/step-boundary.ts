/**
 * stepBoundaryMaxErrorMs: the routine must move to the next step on time even when its window is
 * hidden most of the time (the user looks away while stretching). Real time, no fake clock: the
 * production renderer runs a 60 s routine of three 20 s steps (the shortest lengths the catalog
 * allows for them); the page is shown for the first 2 s, hidden until 55 s, then shown again.
 * A MutationObserver in the page records each step change; the figure is the largest distance
 * from a boundary's planned instant (Start + the lengths so far). See bench/chromium/step-timing.ts
 * for how "hidden" is produced and why.
 */
import { join } from 'node:path';
import { CATALOG } from '../../main/core/routine/catalog';
import { launchChromium } from '../../tests/support/browser';
import { seedSettings } from '../../tests/support/seed-settings';
import { prepareRendererContext } from '../../tests/support/renderer-bridge';
import { serveFolder, TEST_ORIGIN } from '../../tests/support/serve-folder';
import { boundaryErrors, readStepMarks, setHidden, stepMarksScript } from '../chromium/step-timing';
import { fromSamples, type Figure } from '../figure';
import type { RendererBuild } from '../support/shared-build';
import { withTempDir } from '../support/temp-dir';
import { ROUTINE_START_SELECTOR, ROUTINE_STEP_SELECTOR } from './views';

const STEPS = [
  { id: 'chin-tuck', durationSec: 20 },
  { id: 'look-left-right', durationSec: 20 },
  { id: 'shoulder-blade-squeeze', durationSec: 20 },
] as const;
/** What the Electron routine window's backgroundThrottling: false amounts to in Chromium. */
const NO_BACKGROUND_THROTTLING = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

async function writeShortRoutine(userDataDir: string): Promise<void> {
  const chosen = new Map<string, number>(STEPS.map((s) => [s.id, s.durationSec]));
  await seedSettings(userDataDir, (settings) => {
    settings.routine.preset = 'quick';
    settings.routine.heatCold = 'skip';
    // The whole list: ours first, in order and on; every other step off.
    settings.routine.steps = [
      ...STEPS.map((s) => ({ id: s.id, enabled: true, durationSec: s.durationSec })),
      ...CATALOG.steps
        .filter((s) => !chosen.has(s.id))
        .map((s) => ({ id: s.id, enabled: false, durationSec: s.boundsSec.default })),
    ];
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const stepBoundaryFigure = (build: RendererBuild): Figure => ({
  key: 'stepBoundaryMaxErrorMs',
  label: 'Largest step-boundary error, page mostly hidden',
  unit: 'ms',
  budget: { max: 100 },
  async measure() {
    return withTempDir('step-boundary', async (dir) => {
      const files = await build();
      await writeShortRoutine(join(dir, 'data'));
      const browser = await launchChromium(NO_BACKGROUND_THROTTLING);
      try {
        const context = await browser.newContext();
        await serveFolder(context, files);
        const cleanUp = await prepareRendererContext(context, { userDataDir: join(dir, 'data') });
        try {
          await context.addInitScript({
            content: stepMarksScript(ROUTINE_STEP_SELECTOR, ROUTINE_START_SELECTOR),
          });
          const page = await context.newPage();
          await page.goto(`${TEST_ORIGIN}/index.html?view=routine`);
          await page.click(ROUTINE_START_SELECTOR);
          await sleep(2_000);
          await setHidden(page, true);
          await sleep(53_000);
          await setHidden(page, false);
          await sleep(6_000);
          const errors = boundaryErrors(
            await readStepMarks(page),
            STEPS.map((s) => s.durationSec * 1000),
          );
          return fromSamples(
            [Math.max(...errors)],
            `one real-time run of ${STEPS.length} × 20 s steps, hidden from 2 s to 55 s; boundary errors ` +
              `${errors.map((e) => e.toFixed(1)).join(', ')} ms; Chromium without background throttling, as the ` +
              'Electron routine window runs; "hidden" is the page told so (visibilityState + visibilitychange), since ' +
              'headless Chromium cannot hide a page',
          );
        } finally {
          await cleanUp();
        }
      } finally {
        await browser.close();
      }
    });
  },
});
