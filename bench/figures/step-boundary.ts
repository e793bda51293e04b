/**
 * stepBoundaryMaxErrorMs: the routine must move to the next step on time even when its window is
 * hidden most of the time (the user looks away while stretching). Not measured yet. The hook and
 * method it needs:
 *
 * - tests/e2e/harness.ts exports prepareRendererContext() (bench/chromium/renderer-hook.ts), given
 *   a `userDataDir` holding a settings.json (written by createSettingsStore) whose routine is
 *   short steps (routine.steps durationSec 10, the schema's minimum) adding up to 60 s.
 * - index.html?view=routine: press [data-testid="routine-start"]; ROUTINE_STEP_SELECTOR carries
 *   `data-step-index` (0-based), which changes at each boundary. A MutationObserver in the page
 *   records performance.timeOrigin + performance.now() at each change; the error of a boundary is
 *   |recorded - planned| with planned = start + the durations so far; the figure is the largest.
 * - The page hidden most of the time: checked on this machine, Chromium 156 headless has no way
 *   to do that (CDP Emulation.setPageVisibility does not exist; minimizing the window with
 *   Browser.setWindowBounds, or opening another tab in front, leaves document.visibilityState
 *   "visible"). Page.setWebLifecycleState 'frozen' runs no timers at all, which would time the
 *   bench's own freeze schedule, not the routine. It needs headed Chromium under Xvfb (not
 *   installed here) with the window minimized, or a visibility override Chromium does not offer.
 */
import { notMeasuredYet, type Figure } from '../figure';
import { loadRendererContextSetup } from '../chromium/renderer-hook';
import { rendererContains } from '../support/renderer-source';
import { ROUTINE_STEP_SELECTOR } from './cold-start';

export const stepBoundaryFigure: Figure = {
  key: 'stepBoundaryMaxErrorMs',
  label: 'Largest step-boundary error, page mostly hidden',
  unit: 'ms',
  budget: { max: 100 },
  async measure() {
    if (!(await rendererContains('data-step-index'))) {
      return notMeasuredYet(
        `the routine view does not render ${ROUTINE_STEP_SELECTOR} with data-step-index yet`,
      );
    }
    const setup = await loadRendererContextSetup();
    if (typeof setup === 'string') {
      return notMeasuredYet(
        `the routine marks its steps, but ${setup}; hiding the page also needs headed Chromium under Xvfb (see bench/figures/step-boundary.ts)`,
      );
    }
    return notMeasuredYet(
      'headless Chromium cannot hide a page; see bench/figures/step-boundary.ts for what it needs',
    );
  },
};
