/**
 * routineHeapRatio: whether the routine page leaks while it plays. The production renderer's
 * routine view in Chromium, on Playwright's fake clock, runs a routine longer than 20 minutes
 * (the Full preset with heat, its heat set to 10 minutes so minute 20 lands on a later step, not
 * the summary); the page's used JS heap 20 simulated minutes after its first step against just
 * after that first step, each after forced full GCs. Every timer and animation frame of the 20
 * minutes runs (the clock is run boundary to boundary, not jumped), reduced motion is off so the
 * figure and the breathing circle draw every frame, and each step must appear at its planned
 * instant, so a page that stalls fails the figure instead of passing it. routineHeapLateRatio
 * divides the same runs' 20-minute heap by their 10-minute one: the growth with most steps' first
 * showing (and the code compiled for it) already behind.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PRESETS } from '../../main/core/routine/presets';
import { launchChromium } from '../../tests/support/browser';
import { seedSettings } from '../../tests/support/seed-settings';
import { prepareRendererContext } from '../../tests/support/renderer-bridge';
import { serveFolder, TEST_ORIGIN } from '../../tests/support/serve-folder';
import { checkpoints, heapAfterGc, shownStep, type HeapSample } from '../chromium/routine-heap';
import { FigureFailed, fromPaired, sharedMeasurement, type Figure } from '../figure';
import type { RendererBuild } from '../support/shared-build';
import { withTempDir } from '../support/temp-dir';
import {
  FIGURE_SELECTOR,
  HEAT_COLD_CONFIRM_SELECTOR,
  ROUTINE_START_SELECTOR,
  ROUTINE_STEP_SELECTOR,
  ROUTINE_VIEW,
} from './views';

const RUNS = 3;
const MINUTES = 20;
const WINDOW_MS = MINUTES * 60_000;
/** The first reading waits this long after Start, so the audio context the first step makes is in both. */
const SETTLE_MS = 1_000;
const HEAT_SEC = 600;
/** Long enough for the slowest figure (a 5 s breath) to move visibly. */
const MOTION_CHECK_MS = 2_000;
/** Any fixed instant: the page's clock starts paused here and moves only when the bench runs it. */
const CLOCK_START = Date.parse('2026-03-10T21:30:00.000Z');
const MB = 1_000_000;

/** The Full preset as it comes, with heat (its safety notes confirmed) for 10 minutes instead of 15. */
async function writeLongRoutine(userDataDir: string): Promise<void> {
  const full = PRESETS.find((p) => p.id === 'full');
  if (!full) throw new Error('the Full preset is gone');
  await seedSettings(userDataDir, (settings) => {
    settings.routine.preset = 'full';
    settings.routine.heatCold = 'heat';
    settings.routine.steps = full.steps.map((s) => ({
      id: s.stepId,
      enabled: true,
      durationSec: s.stepId === 'heat-or-cold' ? HEAT_SEC : s.durationSec,
    }));
  });
}

interface PlannedStep {
  readonly id: string;
  readonly kind: string;
  readonly durationSec: number;
}

function isPlannedSteps(value: unknown): value is PlannedStep[] {
  return (
    Array.isArray(value) &&
    value.every(
      (s: unknown) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as Record<string, unknown>)['id'] === 'string' &&
        typeof (s as Record<string, unknown>)['kind'] === 'string' &&
        typeof (s as Record<string, unknown>)['durationSec'] === 'number',
    )
  );
}

/** The plan as the page gets it (the app builds it from the settings written above). */
async function readPlan(page: Page): Promise<PlannedStep[]> {
  const steps: unknown = await page.evaluate(
    `window.unknot.getRoutinePlan().then((r) => r.ok ? r.value.plan.steps.map((s) => ({ id: s.id, kind: s.kind, durationSec: s.durationSec })) : null)`,
  );
  if (!isPlannedSteps(steps)) throw new Error(`the page got no routine plan: ${JSON.stringify(steps)}`);
  return steps;
}

/** The figure's drawing, to tell a moving figure from a still one. */
const figureMarkup = (page: Page): Promise<string> =>
  page.locator(FIGURE_SELECTOR).innerHTML({ timeout: 1_000 });

interface RunResult {
  readonly first: HeapSample;
  readonly half: HeapSample;
  readonly after: HeapSample;
  readonly stepChanges: number;
  readonly wallMs: number;
}

async function runOnce(files: ReadonlyMap<string, Buffer>, userDataDir: string): Promise<RunResult> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    await serveFolder(context, files);
    const cleanUp = await prepareRendererContext(context, { userDataDir });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Install a moment earlier, then pause: pauseAt cannot go back even 1 ms.
      await page.clock.install({ time: CLOCK_START - 1_000 });
      await page.clock.pauseAt(CLOCK_START);
      await page.goto(`${TEST_ORIGIN}/${ROUTINE_VIEW.path}`, { waitUntil: 'networkidle' });
      const plan = await readPlan(page);
      const cdp = await context.newCDPSession(page);
      await page.click(ROUTINE_START_SELECTOR);
      await page.locator(ROUTINE_STEP_SELECTOR).waitFor();
      // The figure's chunk is fetched once the step is up; the first reading waits for it.
      await page.waitForLoadState('networkidle');
      await page.clock.runFor(SETTLE_MS);
      const readings = [await heapAfterGc(cdp)];
      const began = performance.now();
      const marks = checkpoints(
        plan.map((s) => s.durationSec * 1000),
        SETTLE_MS,
        [SETTLE_MS + WINDOW_MS / 2, SETTLE_MS + WINDOW_MS],
      );
      let now = SETTLE_MS;
      let heatConfirmed = false;
      for (const mark of marks) {
        await page.clock.runFor(mark.atMs - now);
        now = mark.atMs;
        const shown = await shownStep(page, ROUTINE_STEP_SELECTOR);
        if (shown !== mark.step)
          throw new FigureFailed(
            `at ${(now / 1000).toFixed(0)} s the page showed step ${shown}, not ${mark.step}: it did not keep up with its plan`,
          );
        if (mark.reading) readings.push(await heapAfterGc(cdp));
        // Heat waits for its safety notes to be confirmed: at once, so the plan's times still hold.
        // The notes load with their step (a chunk of their own): wait for them, in real time only.
        if (!heatConfirmed && typeof shown === 'number' && plan[shown]?.kind === 'heat-or-cold') {
          await page.locator(HEAT_COLD_CONFIRM_SELECTOR).click();
          heatConfirmed = true;
        }
      }
      const wallMs = performance.now() - began;
      // After the last reading: within the same step, the figure must have moved (no still picture).
      const still = await figureMarkup(page);
      await page.clock.runFor(MOTION_CHECK_MS);
      if (
        (await figureMarkup(page)) === still ||
        (await shownStep(page, ROUTINE_STEP_SELECTOR)) !== marks.at(-1)?.step
      )
        throw new FigureFailed(
          `the figure did not move within one step over ${MOTION_CHECK_MS} ms: reduced motion?`,
        );
      if (errors.length > 0) throw new FigureFailed(`the page threw: ${errors.join('; ')}`);
      const [first, half, after] = readings;
      if (!first || !half || !after) throw new Error(`${readings.length} heap readings, not 3`);
      return { first, half, after, stepChanges: marks.filter((m) => !m.reading).length, wallMs };
    } finally {
      await cleanUp();
    }
  } finally {
    await browser.close();
  }
}

async function measureRuns(build: RendererBuild): Promise<RunResult[]> {
  return withTempDir('routine-heap', async (dir) => {
    const files = await build();
    const userDataDir = join(dir, 'data');
    await writeLongRoutine(userDataDir);
    const runs: RunResult[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await runOnce(files, userDataDir));
    return runs;
  });
}

function how(runs: readonly RunResult[]): string {
  const dom = (s: HeapSample) => (s.embedderBytes / MB).toFixed(2);
  return (
    `median of ${RUNS} runs, each a fresh Chromium with reduced motion off: the production routine view (harness bridge to ` +
    `the composed app), the Full preset with heat for ${HEAT_SEC / 60} min, played on Playwright's paused clock from ` +
    `${SETTLE_MS / 1000} s after Start to ${MINUTES} min later, run boundary to boundary so every timer and animation frame ` +
    `fires (${runs[0]?.stepChanges ?? 0} step changes, each checked on time; ${runs.map((r) => (r.wallMs / 1000).toFixed(0)).join(', ')} s ` +
    `of wall time); used V8 heap after two forced full GCs (HeapProfiler.collectGarbage); Blink's DOM heap ` +
    `${runs.map((r) => `${dom(r.first)} → ${dom(r.half)} → ${dom(r.after)}`).join(', ')} MB`
  );
}

const mbOf = (runs: readonly RunResult[], pick: (r: RunResult) => HeapSample): number[] =>
  runs.map((r) => pick(r).usedBytes / MB);

export function createRoutineHeapFigures(build: RendererBuild): Figure[] {
  const runs = sharedMeasurement(() => measureRuns(build));
  const after = { label: `after ${MINUTES} min`, unit: 'MB' };
  return [
    {
      key: 'routineHeapRatio',
      label: `Routine page JS heap after ${MINUTES} min / after its first step`,
      unit: '×',
      budget: { max: 1.35 },
      async measure() {
        const r = await runs();
        return fromPaired(
          { a: mbOf(r, (x) => x.after), b: mbOf(r, (x) => x.first) },
          after,
          { label: 'after the first step', unit: 'MB' },
          `${how(r)}. Budget 1.35×, not 1.1×: the heap grows once as each new kind of step first shows (its components, ` +
            'the heat notes, the breathing circle, each figure), then stays level; routineHeapLateRatio is the leak check',
        );
      },
    },
    {
      key: 'routineHeapLateRatio',
      label: `Routine page JS heap after ${MINUTES} min / after ${MINUTES / 2} min`,
      unit: '×',
      budget: { max: 1.1 },
      async measure() {
        const r = await runs();
        return fromPaired(
          { a: mbOf(r, (x) => x.after), b: mbOf(r, (x) => x.half) },
          after,
          { label: `after ${MINUTES / 2} min`, unit: 'MB' },
          `the same runs as routineHeapRatio, the second ${MINUTES / 2} minutes alone: what a leak per frame or per step ` +
            'would add, with most first showings behind it (breathing and sleep posture still first show in this half)',
        );
      },
    },
  ];
}
