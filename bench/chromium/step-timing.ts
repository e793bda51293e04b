/**
 * Real-time step boundaries of the production routine in Chromium, with the page hidden for most
 * of the routine. Chromium is run with background throttling off, as the Electron routine window
 * is (backgroundThrottling: false); headless Chromium has no way to hide a page (no CDP visibility
 * emulation, and minimising needs a window manager), so the page is told it is hidden the way a
 * browser tells it: document.visibilityState 'hidden' and a visibilitychange event. The player then
 * stops drawing frames and relies on its one armed timer, which is what is being measured.
 */
import type { Page } from '@playwright/test';

export const STEP_MARKS_GLOBAL = '__unknotStepMarks';

/** Runs in the page before it loads: records when Start was pressed and each step change. */
export function stepMarksScript(stepSelector: string, startSelector: string): string {
  return `(() => {
    const marks = { startedAt: null, changes: [] };
    Object.defineProperty(window, ${JSON.stringify(STEP_MARKS_GLOBAL)}, { value: marks });
    let last = null;
    const now = () => performance.timeOrigin + performance.now();
    document.addEventListener('click', (e) => {
      if (marks.startedAt === null && e.target instanceof Element && e.target.closest(${JSON.stringify(startSelector)})) marks.startedAt = now();
    }, true);
    new MutationObserver(() => {
      const step = document.querySelector(${JSON.stringify(stepSelector)});
      const index = step ? step.getAttribute('data-step-index') : 'done';
      if (index !== last && marks.startedAt !== null) { marks.changes.push({ index, at: now() }); }
      last = index;
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step-index'] });
  })();`;
}

/** Tells the page it is hidden (true) or shown (false), as the browser would. A string, because
 * tsx's helpers in a compiled function would not exist in the page. */
export async function setHidden(page: Page, hidden: boolean): Promise<void> {
  const state = hidden ? 'hidden' : 'visible';
  await page.evaluate(`(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => ${hidden} });
    document.dispatchEvent(new Event('visibilitychange'));
  })()`);
}

export interface StepMarks {
  readonly startedAt: number | null;
  readonly changes: ReadonlyArray<{ index: string | null; at: number }>;
}

export async function readStepMarks(page: Page): Promise<StepMarks> {
  return (await page.evaluate(`window.${STEP_MARKS_GLOBAL}`)) as StepMarks;
}

/** Largest |observed - planned| over the boundaries, planned from the start and the step lengths. */
export function boundaryErrors(marks: StepMarks, durationsMs: readonly number[]): number[] {
  if (marks.startedAt === null) throw new Error('Start was never pressed');
  const start = marks.startedAt;
  let planned = start;
  return durationsMs.map((ms, i) => {
    planned += ms;
    const next = i + 1 < durationsMs.length ? String(i + 1) : 'done';
    const seen = marks.changes.find((c) => c.index === next);
    if (!seen) throw new Error(`boundary ${i + 1} (to ${next}) was never seen`);
    return Math.abs(seen.at - planned);
  });
}
